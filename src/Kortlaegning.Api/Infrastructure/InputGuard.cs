using System.Globalization;
using Kortlaegning.Api.Infrastructure.Localisation;
using Kortlaegning.Api.Infrastructure.Validation;
using Microsoft.AspNetCore.Mvc;

namespace Kortlaegning.Api.Infrastructure;

/// <summary>
/// Issue 18, before any endpoint runs: a URL longer than <see cref="MaxUrlLength"/> is 414, request headers over
/// <see cref="MaxHeaderBytes"/> are 431, and a control character (NUL, U+0001–U+001F, DEL …) in a query parameter's
/// name or value is 400 naming the parameter, all as ProblemDetails. Kestrel's own limits are set above these (see
/// <see cref="KestrelLineLimit"/>), so requests up to Kestrel's limits get a ProblemDetails body from here; beyond
/// them Kestrel answers by itself, without a body.
/// </summary>
public sealed class InputGuard(RequestDelegate next, IProblemDetailsService problems)
{
    public const int MaxUrlLength = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;
    public const int KestrelLineLimit = 64 * 1024;
    public const int KestrelHeaderLimit = 64 * 1024;

    public async Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        long url = request.Path.Value?.Length ?? 0;
        url += request.QueryString.Value?.Length ?? 0;
        if (url > MaxUrlLength)
        {
            await WriteAsync(http, StatusCodes.Status414UriTooLong, "URI too long", Texts.UriTooLongDetail.Format(url, MaxUrlLength));
            return;
        }
        long headers = 0;
        foreach (var (name, values) in request.Headers)
        {
            headers += name.Length + 4;
            foreach (var v in values) headers += v?.Length ?? 0;
        }
        if (headers > MaxHeaderBytes)
        {
            await WriteAsync(http, StatusCodes.Status431RequestHeaderFieldsTooLarge, "Request headers too large", Texts.HeadersTooLargeDetail.Format(headers, MaxHeaderBytes));
            return;
        }
        if (request.QueryString.HasValue)
        {
            var errors = new FieldErrors();
            foreach (var (name, values) in request.Query)
            {
                if (HasControl(name)) errors.Add(Printable(name), Texts.ParameterNameControl.Get());
                else if (values.Any(v => v is not null && HasControl(v))) errors.Add(name, Texts.ControlCharacters.Format(name));
            }
            if (errors.Any)
            {
                var result = errors.ToProblem("Invalid query parameter");
                await result.ExecuteAsync(http);
                return;
            }
        }
        await next(http);
    }

    private static bool HasControl(string s) => s.Any(char.IsControl);

    private static string Printable(string s) => new(s.Select(c => char.IsControl(c) ? '?' : c).ToArray());

    private Task WriteAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = new ProblemDetails { Status = status, Title = title, Detail = detail } }).AsTask();
    }
}
