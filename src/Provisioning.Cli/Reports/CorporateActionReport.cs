using System;
using System.Collections.Generic;

namespace Provisioning.Cli.Reports;

/// <summary>A config symbol's corporate actions as <c>provision validate</c> lists them: the mode its history is loaded in, each action, and the table's bad rows.</summary>
/// <param name="Symbol">The symbol.</param>
/// <param name="Normalization">Raw, SplitAdjusted or Adjusted.</param>
/// <param name="Actions">The actions in ex-date order.</param>
/// <param name="Problems">Rows and files not used, each naming the file and the row.</param>
internal sealed record CorporateActionReport(
    string Symbol,
    string Normalization,
    IReadOnlyList<CorporateActionRow> Actions,
    IReadOnlyList<string> Problems);

/// <summary>One action of a <see cref="CorporateActionReport"/>.</summary>
/// <param name="ExDate">The ex-date.</param>
/// <param name="Kind">split or dividend.</param>
/// <param name="Value">The split ratio or the cash per share.</param>
/// <param name="Description">The action in words ("2-for-1 split on 2024-11-27").</param>
internal sealed record CorporateActionRow(DateOnly ExDate, string Kind, double Value, string Description);
