using System.Text.Json;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Api.Workshops;
using Kortlaegning.Domain.Boundaries;

namespace Kortlaegning.Api.UnitTests.Workshops;

public class WorkshopValidationTests
{
    [Fact]
    public void NoCategoriesGivenMeansTheSixDefaultsWithSafetyConcernsBlurredTo100Metres()
    {
        var errors = new FieldErrors();
        var categories = WorkshopValidation.Categories(null, errors);
        Assert.False(errors.Any);
        Assert.Equal(6, categories!.Count);
        Assert.Equal(100, categories.Single(c => c.Key == "safety_concern").BlurMetres);
    }

    [Fact]
    public void EveryBadCategoryFieldIsListedUnderItsIndex()
    {
        var errors = new FieldErrors();
        WorkshopValidation.Categories([new("ok", "Fin", 0), new("Bad Key", "", 9000), new("ok", "Igen", null)], errors);
        var fields = errors.ToDictionary();
        Assert.Equal(["categories[1].blurMetres", "categories[1].key", "categories[1].label", "categories[2].key"], fields.Keys.Order().ToArray());
        Assert.Contains("Nøglen 'ok' går igen.", fields["categories[2].key"]);
    }

    [Fact]
    public void TwentyOneCategoriesAreTooMany()
    {
        var errors = new FieldErrors();
        var many = Enumerable.Range(0, 21).Select(i => new CategoryRequest($"c{i}", $"C{i}", 0)).ToList();
        Assert.Null(WorkshopValidation.Categories(many, errors));
        Assert.Equal(["Angiv 1–20 kategorier."], errors.ToDictionary()["categories"]);
    }

    [Fact]
    public void ACreateRequestWithoutTitleDateOrFocusListsAllThree()
    {
        var errors = new FieldErrors();
        WorkshopValidation.CreateRequest(errors, new CreateWorkshopRequest(null, "0727", null, null, null, 101, "started"), defaultVoteLimit: 5);
        Assert.Equal(["date", "focus", "status", "title", "voteLimit"], errors.ToDictionary().Keys.Order().ToArray());
    }

    [Fact]
    public void AFocusNamesExactlyOneKindOfArea()
    {
        var polygon = JsonDocument.Parse("""{"type":"Polygon","coordinates":[]}""").RootElement;
        var both = new FieldErrors();
        WorkshopValidation.FocusShape(both, new FocusRequest(["7001"], null, polygon));
        Assert.True(both.Any);
        var one = new FieldErrors();
        WorkshopValidation.FocusShape(one, new FocusRequest(["7001"], null, null));
        Assert.False(one.Any);
    }

    [Fact]
    public void FocusCodesAreCheckedOneByOneAndDuplicatesDropped()
    {
        var errors = new FieldErrors();
        Assert.Null(WorkshopValidation.FocusCodes(errors, "focus.parishes", ["7001", "x"], AreaLevel.Parish));
        Assert.True(errors.ToDictionary().ContainsKey("focus.parishes[1]"));

        var fine = new FieldErrors();
        var codes = WorkshopValidation.FocusCodes(fine, "focus.parishes", ["7001", "7001"], AreaLevel.Parish);
        Assert.Single(codes!);
    }

    [Fact]
    public void AnEmptyEditIsRefusedAndAnEditOfTextAloneIsNot()
    {
        var empty = new FieldErrors();
        WorkshopValidation.ItemEdit(empty, new AnnotationRequest(null, null, null), maxTextLength: 1000);
        Assert.Equal(["body"], empty.ToDictionary().Keys.ToArray());
        var text = new FieldErrors();
        WorkshopValidation.ItemEdit(text, new AnnotationRequest(null, "ny tekst", null), maxTextLength: 1000);
        Assert.False(text.Any);
    }

    [Fact]
    public void ANewItemNeedsAValidCategoryAndTextWithinTheLimit()
    {
        var errors = new FieldErrors();
        WorkshopValidation.NewItem(errors, new AnnotationRequest("Idé", new string('x', 11), null), maxTextLength: 10);
        Assert.Equal(["category", "text"], errors.ToDictionary().Keys.Order().ToArray());
    }

    [Fact]
    public void ModerationTakesOnlyKnownStatuses()
    {
        var errors = new FieldErrors();
        WorkshopValidation.Moderation(errors, new ModerationRequest("deleted", null));
        Assert.Equal(["En af: published, under_review, hidden."], errors.ToDictionary()["status"]);
    }

    [Fact]
    public void AJoinCodeIsReadWithoutSpacesDashesOrCase()
    {
        var errors = new FieldErrors();
        Assert.Equal("K7M2QX", WorkshopValidation.Join(errors, new JoinRequest(" k7m-2qx ", null)));
        Assert.False(errors.Any);
        var tooShort = new FieldErrors();
        WorkshopValidation.Join(tooShort, new JoinRequest("K7M", new string('n', 41)));
        Assert.Equal(["code", "nickname"], tooShort.ToDictionary().Keys.Order().ToArray());
    }
}
