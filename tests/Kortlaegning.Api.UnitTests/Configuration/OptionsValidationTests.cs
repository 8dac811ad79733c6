using System.ComponentModel.DataAnnotations;

namespace Kortlaegning.Api.UnitTests.Configuration;

/// <summary>The service refuses to start on settings that cannot work (ValidateOnStart runs these same annotations).</summary>
public class OptionsValidationTests
{
    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(Validate(new KortlaegningOptions()));

    [Fact]
    public void ADisclosureThresholdBelowOneIsRefused() =>
        Assert.Contains(nameof(KortlaegningOptions.DisclosureThreshold), Validate(new KortlaegningOptions { DisclosureThreshold = 0 }).SelectMany(r => r.MemberNames));

    [Fact]
    public void AnEmptyDataDirIsRefused() =>
        Assert.Contains(nameof(KortlaegningOptions.DataDir), Validate(new KortlaegningOptions { DataDir = "" }).SelectMany(r => r.MemberNames));

    private static List<ValidationResult> Validate(object options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
