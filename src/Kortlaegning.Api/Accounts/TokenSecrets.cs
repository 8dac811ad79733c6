using System.Security.Cryptography;
using System.Text;

namespace Kortlaegning.Api.Accounts;

/// <summary>
/// Personal access tokens: "kl_" and 32 random bytes in base64url (256 bits, so a plain SHA-256 is a safe hash — no
/// salt or slow hash is needed against guessing); only the hash and the first characters are stored.
/// </summary>
public static class TokenSecrets
{
    public const string Scheme = "Bearer";
    private const string Lead = "kl_";

    public static string NewToken() => Lead + Base64Url(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));

    /// <summary>What a list shows so a person can tell tokens apart: "kl_AbCd1234".</summary>
    public static string Prefix(string token) => token[..Math.Min(token.Length, Lead.Length + 8)];

    public static bool LooksLikeToken(string value) => value.StartsWith(Lead, StringComparison.Ordinal) && value.Length is > 20 and < 100;

    /// <summary>A generated password: 20 characters from an alphabet without look-alikes (≈ 115 bits).</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return string.Create(20, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++) span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
        });
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
