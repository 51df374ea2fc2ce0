using OutreachRouting.Contracts.Safety;

namespace OutreachRouting.Grains.Safety;

public static class SafetyRules
{
    public const int MaxWebhookUrlLength = 2000;
    public const int ShortestGraceMinutes = 5;

    public static void Validate(SafetySettings settings, bool secretHeld)
    {
        var errors = new ErrorList();
        errors.Require(settings.GraceMinutes is >= ShortestGraceMinutes and <= 120, "graceMinutes", $"must be from {ShortestGraceMinutes} to 120 minutes");
        errors.Require(settings.SecondThresholdMinutes > settings.GraceMinutes && settings.SecondThresholdMinutes <= 240, "secondThresholdMinutes",
            "must be more than graceMinutes and at most 240 minutes");
        errors.Require(settings.RepeatMinutes is >= 5 and <= 120, "repeatMinutes", "must be from 5 to 120 minutes");
        if (settings.WebhookUrl is { } url)
        {
            errors.Require(
                url.Length <= MaxWebhookUrlLength && Uri.TryCreate(url, UriKind.Absolute, out var uri)
                    && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)) && uri.UserInfo.Length == 0,
                "webhookUrl", "must be an https URL (http only to this machine), without a user name or password");
            errors.Require(settings.WebhookSecret is not null || secretHeld, "webhookSecret", "must be given with a new webhookUrl: the key its bodies are signed with");
        }

        errors.Require(settings.WebhookSecret is null || settings.WebhookSecret.Length is >= 32 and <= 256, "webhookSecret", "must be 32 to 256 characters");
        errors.Require(settings.WebhookSecret is null || settings.WebhookUrl is not null, "webhookSecret", "is for a webhookUrl, and none is given");
        errors.ThrowIfAny();
    }
}
