namespace Kortlaegning.Domain.Indicators;

/// <summary>Which direction of an indicator is good for health (Fingertips' "polarity").</summary>
public enum Polarity
{
    /// <summary>Higher values are better (e.g. good self-rated health).</summary>
    HighIsGood,

    /// <summary>Lower values are better (e.g. daily smokers).</summary>
    LowIsGood,

    /// <summary>No direction is better (e.g. population, share aged 65+): never coloured better/worse.</summary>
    NoJudgement,
}
