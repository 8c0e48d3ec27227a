namespace Scholarly.Checking;

/// <summary>What <see cref="SiteChecker"/> found: every problem, and how much it looked at.</summary>
internal sealed record CheckReport(IReadOnlyList<CheckProblem> Problems, int PagesChecked, int ReferencesChecked)
{
    public bool IsClean => Problems.Count == 0;
}
