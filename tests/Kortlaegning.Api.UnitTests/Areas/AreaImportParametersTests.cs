using Kortlaegning.Api.Areas;
using Kortlaegning.Api.Infrastructure.Validation;
using Kortlaegning.Domain.Boundaries;
using Microsoft.AspNetCore.Http;

namespace Kortlaegning.Api.UnitTests.Areas;

public class AreaImportParametersTests
{
    [Fact]
    public void AnUploadDefaultsToSourceUploadAndWritesNothingRejected()
    {
        var errors = new FieldErrors();
        var request = new AreaImportParameters("housing_department", "afd", "navn", null, null, null, null, null, null, null).ToRequest(errors, BoundaryFormat.GeoPackage);
        Assert.Equal(new AreaImportRequest(AreaLevel.HousingDepartment, "afd", "navn", "upload", Format: BoundaryFormat.GeoPackage), request);
    }

    [Fact]
    public void LevelCodeFieldAndSridAreCheckedTogether()
    {
        var errors = new FieldErrors();
        Assert.Null(new AreaImportParameters(null, " ", null, "3", null, true, null, null, null, null).ToRequest(errors, BoundaryFormat.GeoJson));
        Assert.Equal(["codeField", "level", "srid"], errors.ToDictionary().Keys.Order());
    }

    [Fact]
    public void AnSridIsPassedOn()
    {
        var request = new AreaImportParameters("parish", "SOGNEKODE", null, "25832", "dagi", false, true, "homes:BOLIGER", null, null).ToRequest(new FieldErrors(), BoundaryFormat.GeoJson);
        Assert.Equal(25832, request!.Srid);
        Assert.Equal("dagi", request.Source);
        Assert.True(request.DryRun);
        Assert.Equal("homes:BOLIGER", request.Mapping);
    }

    [Fact]
    public void RejectedFeaturesAreRowsNumberedFromOneUnderTheirField()
    {
        var result = new DissolveResult([], 3, 0, 0,
        [
            new RejectedFeature(0, "has space", "afd", "'has space' is not 1–40 letters, digits"),
            new RejectedFeature(2, "7", RejectedFeature.GeometryField, "no geometry"),
        ]);
        var details = Assert.IsType<HttpValidationProblemDetails>(AreaImportParameters.Rejected(result).ProblemDetails);
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, details.Status);
        Assert.Equal(["rows[1].afd", "rows[3].geometry"], details.Errors.Keys.Order());
        Assert.Equal(3, details.Extensions["featuresRead"]);
    }

    [Fact]
    public void AFileWithoutFeaturesIsAProblemOfTheBody()
    {
        var details = Assert.IsType<HttpValidationProblemDetails>(AreaImportParameters.Rejected(new DissolveResult([], 0, 0, 0, [])).ProblemDetails);
        Assert.True(details.Errors.ContainsKey(AreaImportParameters.BodyField));
    }
}
