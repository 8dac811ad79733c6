using Kortlaegning.Api.Planning;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Kortlaegning.Api.UnitTests.Planning;

public class SolveGateTests
{
    private static SolveGate Gate(int max) => new(Options.Create(new PlanningOptions { MaxConcurrentSolves = max, RetryAfterSeconds = 7 }));

    [Fact]
    public void BeyondTheLimitNoSlotIsGivenUntilOneIsReleased()
    {
        using var gate = Gate(2);
        var first = gate.TryEnter();
        var second = gate.TryEnter();
        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Null(gate.TryEnter());
        first!.Dispose();
        first.Dispose(); // releasing twice must not open a third slot
        Assert.NotNull(gate.TryEnter());
        Assert.Null(gate.TryEnter());
    }

    [Fact]
    public void OneUserGetsAtMostTheirShareOfTheSlots()
    {
        using var gate = new SolveGate(Options.Create(new PlanningOptions { MaxConcurrentSolves = 3, MaxConcurrentSolvesPerUser = 1 }));
        var mine = gate.TryEnter("user:1");
        Assert.NotNull(mine);
        Assert.Null(gate.TryEnter("user:1"));
        var theirs = gate.TryEnter("user:2");
        Assert.NotNull(theirs);
        mine!.Dispose();
        mine.Dispose();
        Assert.NotNull(gate.TryEnter("user:1"));
        Assert.Null(gate.TryEnter("user:1"));
    }

    [Fact]
    public void ATimeLimitAboveTheCapIs422NamingTheCap()
    {
        using var gate = new SolveGate(Options.Create(new PlanningOptions { MaxTimeLimitSeconds = 30 }));
        Assert.Null(gate.TimeLimitProblem(30, "timeLimitSeconds"));
        Assert.Null(gate.TimeLimitProblem(null, "timeLimitSeconds"));
        var problem = gate.TimeLimitProblem(600, "timeLimitSeconds");
        Assert.NotNull(problem);
        Assert.Equal(422, problem!.StatusCode);
        var errors = Assert.IsType<HttpValidationProblemDetails>(problem.ProblemDetails).Errors;
        Assert.Contains("30", errors["timeLimitSeconds"][0]);
    }

    [Fact]
    public void ABusyAnswerIs429ProblemDetailsWithRetryAfter()
    {
        using var gate = Gate(1);
        var http = new DefaultHttpContext();
        ProblemHttpResult busy = gate.Busy(http.Response);
        Assert.Equal(StatusCodes.Status429TooManyRequests, busy.StatusCode);
        Assert.IsType<ProblemDetails>(busy.ProblemDetails, exactMatch: false);
        Assert.Equal("7", http.Response.Headers.RetryAfter.ToString());
    }
}
