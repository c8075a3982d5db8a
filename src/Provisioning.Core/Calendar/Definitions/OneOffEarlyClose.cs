using System;

namespace Provisioning.Calendar.Definitions;

/// <summary>A session that closed early outside the early-close rules. It overrides any rule for that date.</summary>
/// <param name="Date">The local date of the session.</param>
/// <param name="Close">The local close time that day.</param>
/// <param name="Reason">Why, for people reading the definition.</param>
internal sealed record OneOffEarlyClose(DateOnly Date, TimeOnly Close, string Reason);
