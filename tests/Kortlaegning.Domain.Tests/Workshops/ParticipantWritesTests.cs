using Kortlaegning.Domain.Workshops;

namespace Kortlaegning.Domain.Tests.Workshops;

public class ParticipantWritesTests
{
    [Fact]
    public void AnOpenUnlockedWorkshopAcceptsWrites() => Assert.Null(ParticipantWrites.Refusal(WorkshopStatus.Open, locked: false));

    [Theory]
    [InlineData(WorkshopStatus.Draft)]
    [InlineData(WorkshopStatus.Closed)]
    public void ADraftOrClosedWorkshopRefusesWritesNamingItsStatus(string status) =>
        Assert.Equal($"The workshop is {status}.", ParticipantWrites.Refusal(status, locked: false));

    [Theory]
    [InlineData(WorkshopStatus.Open)]
    [InlineData(WorkshopStatus.Closed)]
    public void ALockedWorkshopRefusesWritesAndSaysItIsLocked(string status) =>
        Assert.Equal("The facilitator has locked the workshop.", ParticipantWrites.Refusal(status, locked: true));

    [Fact]
    public void OnlyAnOpenWorkshopCanBeJoined()
    {
        Assert.True(WorkshopStatus.CanJoin(WorkshopStatus.Open));
        Assert.False(WorkshopStatus.CanJoin(WorkshopStatus.Draft));
        Assert.False(WorkshopStatus.CanJoin(WorkshopStatus.Closed));
    }

    [Fact]
    public void StatusesAreKnownByTheirLowerCaseNamesOnly()
    {
        Assert.True(WorkshopStatus.IsKnown("draft"));
        Assert.False(WorkshopStatus.IsKnown("Open"));
        Assert.False(WorkshopStatus.IsKnown("locked"));
        Assert.False(WorkshopStatus.IsKnown(null));
    }

    [Fact]
    public void OnlyPublishedItemsArePublic()
    {
        Assert.True(ModerationStatus.IsPublic(ModerationStatus.Published));
        Assert.False(ModerationStatus.IsPublic(ModerationStatus.UnderReview));
        Assert.False(ModerationStatus.IsPublic(ModerationStatus.Hidden));
        Assert.False(ModerationStatus.IsKnown("deleted"));
    }
}
