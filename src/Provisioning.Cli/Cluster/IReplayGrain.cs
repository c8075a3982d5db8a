using System.Threading.Tasks;
using Orleans;

namespace Provisioning.Cli.Cluster;

/// <summary>
/// One replay of one trading session with one session config, anywhere in the cluster: the grain's key is a
/// <see cref="ReplayKey"/> (config file, data root, strategies, date). The answer is the JSON of
/// <c>provision run --date D --json</c>. Implemented by the silos (<c>Provisioning.Orleans</c>); declared here so the
/// CLI can call it as a client.
/// </summary>
public interface IReplayGrain : IGrainWithStringKey
{
    /// <summary>Replays the session (once per activation) and returns its run report as JSON.</summary>
    Task<string> ReplayAsync();
}
