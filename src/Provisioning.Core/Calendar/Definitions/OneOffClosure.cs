using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>A day an exchange closed outside its rules (a national day of mourning, a storm, an attack).</summary>
/// <param name="Date">The local date the exchange was closed.</param>
/// <param name="Reason">Why, for people reading the definition.</param>
internal sealed record OneOffClosure(DateOnly Date, string Reason);
