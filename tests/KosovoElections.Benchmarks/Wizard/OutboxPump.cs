using KosovoElections.Infrastructure.Email.Outbox;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// The app's <see cref="OutboxDispatcher"/> run as the web host runs it, one instance in the background, but woken as
/// soon as a code is queued instead of every poll interval, so an applicant's wait for the e-mail is the work alone.
/// </summary>
internal sealed class OutboxPump : IAsyncDisposable
{
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public OutboxPump(OutboxDispatcher dispatcher) => _loop = Task.Run(() => LoopAsync(dispatcher));

    public void Wake() => _wake.Release();

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopped while waiting, as intended.
        }

        _stop.Dispose();
        _wake.Dispose();
    }

    private async Task LoopAsync(OutboxDispatcher dispatcher)
    {
        while (true)
        {
            await _wake.WaitAsync(_stop.Token);
            while (await dispatcher.DispatchDueAsync(_stop.Token) > 0)
            {
                // A full batch may leave more due messages behind: pass again until nothing was sent.
            }
        }
    }
}
