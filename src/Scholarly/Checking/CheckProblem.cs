namespace Scholarly.Checking;

/// <summary>One thing wrong with a built site: on which page (or file), and what.</summary>
internal sealed record CheckProblem(string Page, string Message);
