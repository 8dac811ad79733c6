namespace Kortlaegning.Domain.Ranking;

/// <summary>
/// The request's <c>sensitivity</c> object: how many random weight vectors to draw around the given weights
/// and the seed that makes the draws reproducible.
/// </summary>
/// <param name="Draws">Number of Dirichlet weight draws, 0–100,000; 0 turns the sensitivity view off.</param>
/// <param name="Seed">Seed for <see cref="System.Random"/>; the same seed and inputs give the same result.</param>
public sealed record SensitivityOptions(int Draws = 1000, int Seed = 1);
