using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kortlaegning.Api.Accounts;

/// <summary>Identity's tables under snake_case names like every other table (users, user_claims, user_logins, user_tokens).</summary>
internal static class SnakeCase
{
    public static string Of(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]))) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    public static void Columns(IMutableEntityType entity)
    {
        foreach (var p in entity.GetProperties()) p.SetColumnName(Of(p.Name));
    }
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> e)
    {
        e.ToTable("users");
        SnakeCase.Columns(e.Metadata);
        e.Property(u => u.CreatedAt).HasDefaultValueSql("now()");
        e.HasIndex(u => u.NormalizedUserName).HasDatabaseName("ix_users_normalized_user_name");
        e.HasIndex(u => u.NormalizedEmail).HasDatabaseName("ix_users_normalized_email");
    }
}

internal sealed class UserClaimConfiguration : IEntityTypeConfiguration<IdentityUserClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> e)
    {
        e.ToTable("user_claims");
        SnakeCase.Columns(e.Metadata);
    }
}

internal sealed class UserLoginConfiguration : IEntityTypeConfiguration<IdentityUserLogin<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> e)
    {
        e.ToTable("user_logins");
        SnakeCase.Columns(e.Metadata);
    }
}

internal sealed class UserTokenConfiguration : IEntityTypeConfiguration<IdentityUserToken<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> e)
    {
        e.ToTable("user_tokens");
        SnakeCase.Columns(e.Metadata);
    }
}

internal sealed class RoleGrantConfiguration : IEntityTypeConfiguration<RoleGrant>
{
    public void Configure(EntityTypeBuilder<RoleGrant> e)
    {
        e.ToTable("role_grants", t =>
        {
            t.HasCheckConstraint("ck_role_grants_role", "role IN ('viewer','analyst','planner','facilitator','admin')");
            t.HasCheckConstraint("ck_role_grants_municipality", "municipality IS NULL OR municipality ~ '^[0-9]{4}$'");
        });
        e.HasKey(g => g.Id);
        e.Property(g => g.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        e.Property(g => g.UserId).HasColumnName("user_id");
        e.Property(g => g.Role).HasColumnName("role").HasMaxLength(12);
        e.Property(g => g.Municipality).HasColumnName("municipality").HasMaxLength(4);
        e.Property(g => g.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.HasIndex(g => g.UserId);
        e.HasOne<Account>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PersonalAccessTokenConfiguration : IEntityTypeConfiguration<PersonalAccessToken>
{
    public void Configure(EntityTypeBuilder<PersonalAccessToken> e)
    {
        e.ToTable("personal_access_tokens");
        e.HasKey(t => t.Id);
        e.Property(t => t.Id).HasColumnName("id");
        e.Property(t => t.UserId).HasColumnName("user_id");
        e.Property(t => t.Name).HasColumnName("name").HasMaxLength(100);
        e.Property(t => t.TokenHash).HasColumnName("token_hash");
        e.Property(t => t.Prefix).HasColumnName("prefix").HasMaxLength(16);
        e.Property(t => t.CreatedAt).HasColumnName("created_at").HasDefaultValueSql("now()");
        e.Property(t => t.ExpiresAt).HasColumnName("expires_at");
        e.Property(t => t.RevokedAt).HasColumnName("revoked_at");
        e.Property(t => t.LastUsedAt).HasColumnName("last_used_at");
        // Every bearer request looks its token up by hash.
        e.HasIndex(t => t.TokenHash).IsUnique();
        e.HasIndex(t => t.UserId);
        e.HasOne<Account>().WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
