using System.Security.Cryptography;
using System.Text;

namespace Kortlaegning.Api.Workshops;

/// <summary>
/// Join codes, facilitator keys and participant tokens. Keys and tokens are 256 random bits, so a single SHA-256
/// is enough to store them (no password stretching is needed against guessing a 2^256 space); comparison is
/// fixed-time. Join codes avoid look-alike characters (0/O, 1/I/L) because people type them from a projector.
/// </summary>
public static class WorkshopSecrets
{
    public const string FacilitatorHeader = "X-Facilitator-Key";
    public const string ParticipantHeader = "X-Participant-Token";
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string NewJoinCode()
    {
        Span<char> code = stackalloc char[6];
        for (int i = 0; i < code.Length; i++) code[i] = CodeAlphabet[RandomNumberGenerator.GetInt32(CodeAlphabet.Length)];
        return new string(code);
    }

    public static string NormaliseJoinCode(string? code) =>
        new((code ?? "").Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant).ToArray());

    public static string NewSecret() => Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string? secret, byte[] hash) =>
        !string.IsNullOrEmpty(secret) && CryptographicOperations.FixedTimeEquals(Hash(secret), hash);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
