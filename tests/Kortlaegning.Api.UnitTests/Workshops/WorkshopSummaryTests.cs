using Kortlaegning.Api.Workshops;

namespace Kortlaegning.Api.UnitTests.Workshops;

public class WorkshopSummaryTests
{
    [Fact]
    public void MarkdownEscapingTurnsMarkupIntoEntitiesAndPunctuationIntoLiterals() =>
        Assert.Equal(@"&lt;script&gt; \# \*fed\* \| a\_b", WorkshopSummary.Md("<script> # *fed* | a_b"));

    [Fact]
    public void MarkdownEscapingFlattensLineBreaksSoACommentCannotStartAHeading() =>
        Assert.Equal(@"første  \# overskrift", WorkshopSummary.Md("første\r\n# overskrift"));
}
