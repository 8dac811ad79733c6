using Kortlaegning.Api.Audit;

namespace Kortlaegning.Api.UnitTests.Localisation;

/// <summary>Issue 17: the audit log download has a Danish header for people and the old English one for scripts.</summary>
public class AuditCsvHeaderTests
{
    [Fact]
    public void TheAuditCsvHeaderFollowsTheLanguageAndTheRowsDoNot()
    {
        var row = new AuditRecord { Id = 1, At = DateTimeOffset.UnixEpoch, ActorKind = "user", ActorName = "a", Endpoint = "PUT /api/facilities/{id}", Entity = "facility", EntityId = "7", Action = "update", Municipality = "0561", VersionBefore = 1, VersionAfter = 2 };
        var da = InLanguage.Run("da", () => AuditEndpoints.Csv([row]));
        var en = InLanguage.Run("en-GB", () => AuditEndpoints.Csv([row]));
        Assert.StartsWith("id,tidspunkt,aktørtype,aktør,aktør_id,endepunkt,objekttype,objekt_id,kommunekode,version_før,version_efter,handling\n", da);
        Assert.StartsWith("id,at,actor_kind,actor_name,actor_id,endpoint,entity,entity_id,municipality,version_before,version_after,action\n", en);
        Assert.Equal(da.Split('\n')[1], en.Split('\n')[1]);
    }
}
