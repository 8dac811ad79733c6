using Kortlaegning.Api.Accounts;
using Kortlaegning.Api.Audit;

namespace Kortlaegning.Api.UnitTests.Accounts;

public sealed class TokenSecretsTests
{
    [Fact]
    public void ATokenCarries256RandomBitsAndHashesToSha256()
    {
        var token = TokenSecrets.NewToken();
        Assert.StartsWith("kl_", token);
        Assert.Equal(3 + 43, token.Length);
        Assert.Equal(32, TokenSecrets.Hash(token).Length);
        Assert.NotEqual(token, TokenSecrets.NewToken());
        Assert.Equal(token[..11], TokenSecrets.Prefix(token));
    }

    [Fact]
    public void AuditCsvQuotesCommasAndDefusesFormulas()
    {
        var csv = AuditEndpoints.Csv([new AuditRecord { Id = 1, At = DateTimeOffset.UnixEpoch, ActorKind = "user", ActorName = "=cmd|' /C calc'!A0", Endpoint = "PUT /api/facilities/{id}", Entity = "facility", EntityId = "7", Action = "update", Municipality = "0561", VersionBefore = 1, VersionAfter = 2 }]);
        var line = csv.Split('\n')[1];
        Assert.Contains("'=cmd|' /C calc'!A0", line);
        Assert.EndsWith(",0561,1,2,update", line);
    }
}
