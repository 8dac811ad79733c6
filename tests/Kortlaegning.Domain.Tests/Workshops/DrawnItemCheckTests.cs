using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class DrawnItemCheckTests
{
    private static readonly DrawnItemCheck Good = new(CategoryKnown: true, Valid: true, Reason: null, Vertices: 5, Inside: true);

    [Fact]
    public void AValidSmallItemInsideAKnownCategoryIsAccepted() => Assert.Equal(DrawnItemVerdict.Accepted, Good.Verdict(maxVertices: 1000));

    [Fact]
    public void AnUnknownCategoryIsReportedBeforeAnythingElse() =>
        Assert.Equal(DrawnItemVerdict.UnknownCategory, new DrawnItemCheck(false, false, "Self-intersection", 5000, false).Verdict(1000));

    [Fact]
    public void AnInvalidShapeIsReportedBeforeItsSizeOrPlace() =>
        Assert.Equal(DrawnItemVerdict.Invalid, (Good with { Valid = false, Reason = "Self-intersection", Vertices = 5000, Inside = false }).Verdict(1000));

    [Fact]
    public void ExactlyTheVertexLimitIsAcceptedAndOneMoreIsNot()
    {
        Assert.Equal(DrawnItemVerdict.Accepted, (Good with { Vertices = 1000 }).Verdict(1000));
        Assert.Equal(DrawnItemVerdict.TooManyVertices, (Good with { Vertices = 1001 }).Verdict(1000));
    }

    [Fact]
    public void AnItemOutsideTheBufferedExtentIsRefused() => Assert.Equal(DrawnItemVerdict.Outside, (Good with { Inside = false }).Verdict(1000));
}
