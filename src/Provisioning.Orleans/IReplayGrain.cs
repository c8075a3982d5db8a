using System.Threading.Tasks;
using Orleans;

namespace Provisioning.Orleans;

/// <summary>
/// One replay of one trading session with one session config, anywhere in the cluster: the grain's key is a
/// <see cref="ReplayKey"/> (config file, data root, date). The answer is the JSON of <c>provision run --date D --json</c>.
/// </summary>
public interface IReplayGrain : IGrainWithStringKey
{
    /// <summary>Replays the session (once per activation) and returns its run report as JSON.</summary>
    Task<string> ReplayAsync();
}
