using OutreachRouting.Rota.Editing;
using OutreachRouting.Rota.Tests.Support;
using static OutreachRouting.Rota.Tests.Support.RotaScenario;

namespace OutreachRouting.Rota.Tests.Travel;

public sealed class SharedTravelTimesTests
{
    [Fact]
    public async Task An_edit_and_the_check_of_its_result_ask_for_each_mode_once()
    {
        var recording = new RecordingTravelTimes();
        var shared = new SharedTravelTimes(recording);
        var (input, rota) = await RotaEditor.ApplyAsync(Input, Plan, new VisitEdit(VisitEditKind.Move, Hostel.Id, 1, Jo.Id, DayOfWeek.Monday), shared);

        var violations = await RotaValidator.ValidateAsync(input, rota, shared);

        Assert.Equal(Enum.GetValues<TravelMode>().Order(), recording.Requests.Select(r => r.Mode).Order());
        Assert.Equal(
            (await RotaValidator.ValidateAsync(input, rota, new StraightLineTravelTimes())).Select(v => v.ToString()),
            violations.Select(v => v.ToString()));
    }

    [Fact]
    public async Task A_request_within_a_known_matrix_is_answered_from_it_point_for_point()
    {
        GeoPoint[] all = [Clinic.Arrival, Hostel.Arrival, Flat.Arrival, Route.Arrival, Route.Departure];
        GeoPoint[] some = [Route.Departure, Clinic.Arrival, Route.Departure, Flat.Arrival];
        var recording = new RecordingTravelTimes();
        var shared = new SharedTravelTimes(recording);

        await shared.MatrixAsync(all, TravelMode.Cycling);
        var answered = await shared.MatrixAsync(some, TravelMode.Cycling);
        await shared.MatrixAsync(some, TravelMode.Walking);

        var direct = await new StraightLineTravelTimes().MatrixAsync(some, TravelMode.Cycling);
        Assert.Equal([(TravelMode.Cycling, 5), (TravelMode.Walking, 4)], recording.Requests);
        for (var i = 0; i < some.Length; i++)
        {
            for (var j = 0; j < some.Length; j++)
            {
                Assert.Equal(direct.Durations[i, j], answered.Durations[i, j], 9);
                Assert.Equal(direct.Distances[i, j], answered.Distances[i, j], 9);
            }
        }
    }
}
