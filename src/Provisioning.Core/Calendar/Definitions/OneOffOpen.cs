namespace Provisioning.Calendar.Definitions;

/// <summary>A session that opened at another time than its regular open (a late open after a system fault). It overrides the regular open for that date.</summary>
/// <param name="Date">The session date.</param>
/// <param name="Open">The open that day.</param>
/// <param name="Reason">Why, for people reading the definition.</param>
internal sealed record OneOffOpen(System.DateOnly Date, SessionTime Open, string Reason);
