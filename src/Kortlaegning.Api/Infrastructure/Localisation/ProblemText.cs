using System.Collections.Frozen;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Infrastructure.Localisation;

/// <summary>
/// The one place a problem answer gets its language: titles, details and field messages that are in
/// <see cref="Texts.Problems"/> are looked up by their English text and answered in the request's language. Messages
/// built from values are already in the request's language (their call sites use a keyed <see cref="Text"/>); what is
/// in neither stays as written. <c>type</c>, <c>status</c>, field names and extensions are never touched: they are
/// what programs read.
/// </summary>
public static class ProblemText
{
    private static readonly FrozenDictionary<string, Text> ByEnglish = Texts.Problems.ToFrozenDictionary(t => t.En, StringComparer.Ordinal);

    /// <summary><paramref name="text"/> in the request's language when it is a known English text, else unchanged.</summary>
    public static string? Localise(string? text) =>
        text is not null && ByEnglish.TryGetValue(text, out var t) ? t.Get() : text;

    public static string[] Localise(string[] messages) => Array.ConvertAll(messages, m => Localise(m)!);

    /// <summary>Translates a problem in place (idempotent: a text already in Danish is not an English key).</summary>
    public static void Localise(ProblemDetails problem)
    {
        problem.Title = Localise(problem.Title);
        problem.Detail = Localise(problem.Detail);
        if (problem is HttpValidationProblemDetails v)
        {
            foreach (var key in v.Errors.Keys.ToList()) v.Errors[key] = Localise(v.Errors[key]);
        }
    }

    /// <summary>Every ProblemDetails written through <see cref="IProblemDetailsService"/> passes here.</summary>
    public static IServiceCollection AddLocalisedProblems(this IServiceCollection services) =>
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            Localise(ctx.ProblemDetails);
            ctx.HttpContext.Response.Headers.ContentLanguage = Language.Current;
        });
}
