namespace CoParent.Data.Demo;

/// <summary>What to generate: the distributions live in <see cref="DemoDistributions"/>.</summary>
public sealed record DemoOptions(int Children = 1100, int CareLeavers = 780, int Seed = 2022, DateOnly? AsAt = null)
{
    public DemoDistributions Distributions { get; init; } = DemoDistributions.Default;
}

public sealed record DemoUser(string UserName, string Password, string Role, string Description);

public sealed record DemoResult(int Children, int CareLeavers, int Episodes, IReadOnlyList<DemoUser> Users);

/// <summary>The demo council cannot be generated here; the message says why and what to do.</summary>
public sealed class DemoCouncilException(string message) : InvalidOperationException(message);
