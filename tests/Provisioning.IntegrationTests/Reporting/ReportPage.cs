using System.Collections.Generic;
using System.Text.Json;
using System.Threading.Tasks;

namespace Provisioning.IntegrationTests.Reporting;

/// <summary>
/// What a report shows once every chart is drawn, read from the page's DOM: the symbols' sections with each chart's
/// legend (read back from the chart's own series), markers and bars, the quality cells and the missing symbols.
/// </summary>
internal sealed record ReportPage(
    bool Ready,
    string Summary,
    IReadOnlyList<ReportPage.SymbolView> Symbols,
    IReadOnlyList<ReportPage.QualityCell> Quality,
    IReadOnlyList<ReportPage.MissingSymbol> Missing,
    int Images,
    int Scripts)
{
    // Scrolls each chart into view (they are drawn lazily) and waits a bounded number of frames for it to be drawn.
    private const string Query = """
        (async () => {
          const frame = () => new Promise(r => requestAnimationFrame(() => r()));
          for (const box of document.querySelectorAll('.chart-box')) {
            if (!box.querySelector('.chart')) continue;
            box.scrollIntoView();
            for (let i = 0; i < 200 && !box.querySelector('.chart[data-rendered]') && !box.querySelector('.problems'); i++) await frame();
          }
          window.scrollTo(0, 0);
          await frame();
          const number = (v) => v === undefined ? -1 : Number(v);
          return JSON.stringify({
            ready: document.body.dataset.ready === '1',
            summary: document.getElementById('summary').textContent,
            symbols: [...document.querySelectorAll('section.symbol')].map(s => ({
              symbol: s.dataset.symbol,
              heading: s.querySelector('h2').textContent,
              charts: [...s.querySelectorAll('.chart-box')].map(b => {
                const chart = b.querySelector('.chart');
                return {
                  interval: b.dataset.interval,
                  rendered: !!(chart && chart.dataset.rendered === '1'),
                  canvases: b.querySelectorAll('canvas').length,
                  series: [...b.querySelectorAll('.legend li')].map(li => li.dataset.series),
                  markers: number(chart?.dataset.markers),
                  bars: number(chart?.dataset.bars),
                };
              }),
              additions: s.querySelectorAll('tr.addition').length,
              problems: [...s.querySelectorAll('.problems li')].map(li => li.textContent),
              refused: [...s.querySelectorAll('.refused-table tr')].slice(1).map(tr => [...tr.children].map(td => td.textContent).join(' ')),
              refusedHeading: s.querySelector('.refused h3')?.textContent ?? '',
            })),
            quality: [...document.querySelectorAll('td.q-cell[data-symbol]')].map(td => ({
              symbol: td.dataset.symbol, interval: td.dataset.interval, date: td.dataset.date,
              expected: Number(td.dataset.expected), present: Number(td.dataset.present), text: td.textContent,
            })),
            missing: [...document.querySelectorAll('#missing-list li')].map(li => ({ symbol: li.dataset.symbol, text: li.textContent })),
            images: document.querySelectorAll('img').length,
            scripts: document.querySelectorAll('script').length,
          });
        })()
        """;

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<ReportPage> ReadAsync(HeadlessChromium browser)
    {
        var json = (string?)await browser.EvaluateAsync(Query) ?? "null";
        return JsonSerializer.Deserialize<ReportPage>(json, Options)!;
    }

    internal sealed record SymbolView(
        string Symbol,
        string Heading,
        IReadOnlyList<ChartView> Charts,
        int Additions,
        IReadOnlyList<string> Problems,
        IReadOnlyList<string> Refused,
        string RefusedHeading);

    internal sealed record ChartView(string Interval, bool Rendered, int Canvases, IReadOnlyList<string> Series, int Markers, int Bars);

    internal sealed record QualityCell(string Symbol, string Interval, string Date, int Expected, int Present, string Text);

    internal sealed record MissingSymbol(string Symbol, string Text);
}
