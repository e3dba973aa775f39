using KosovoElections.Application.Registration;
using KosovoElections.Application.Registration.Address;
using KosovoElections.Application.Registration.Capture;
using KosovoElections.Application.Registration.Email;
using KosovoElections.Application.Registration.ReturnMethods;
using KosovoElections.Application.Registration.Sessions;
using KosovoElections.Application.Registration.SignIn;
using KosovoElections.Application.Registration.Submission;
using KosovoElections.Benchmarks.Common;
using KosovoElections.Benchmarks.SignIn;
using KosovoElections.Domain.Applications;
using KosovoElections.Domain.Elections;

namespace KosovoElections.Benchmarks.Wizard;

/// <summary>
/// One applicant through the whole wizard by the Application layer's use cases, in the order of the pages: sign in,
/// the five captures, the e-mail code, address and phone, the return method, submit. Anything but success throws.
/// </summary>
internal sealed class ApplicantJourney(ElectionsServices app, Guid electionId, MailCatcher mail, OutboxPump outbox, IReadOnlyList<byte[]> photos)
{
    public const string CapturePrefix = "capture: ";
    private static readonly TimeSpan MailTimeout = TimeSpan.FromMinutes(1);

    private static readonly (string Step, DocumentKind Kind, DocumentSubtype Subtype)[] Captures =
    [
        ("selfie", DocumentKind.Selfie, DocumentSubtype.None),
        ("ID card front", DocumentKind.IdDocument, DocumentSubtype.IdCardFront),
        ("ID card back", DocumentKind.IdDocument, DocumentSubtype.IdCardBack),
        ("selfie with ID", DocumentKind.SelfieWithId, DocumentSubtype.None),
        ("proof of address", DocumentKind.ProofOfAddress, DocumentSubtype.UtilityBill),
    ];

    /// <summary>Runs the <paramref name="index"/>-th application, for <paramref name="person"/>, and returns its reference number.</summary>
    public async Task<string> RunAsync(RegisteredPerson person, int index, StepMeter meter)
    {
        var signIn = await meter.TimeAsync("sign-in", () => app.Get<SignInApplicant>().HandleAsync(
            new SignInCommand(person.PersonalNumber, person.DateOfBirth, SignInMix.ClientAddress(index))));
        Expect(signIn.Status == SignInStatus.SignedIn, $"sign-in {signIn.Status}");
        var applicant = new ApplicantIdentity(signIn.SessionId!, person.PersonalNumber, electionId);

        for (var i = 0; i < Captures.Length; i++)
        {
            var (step, kind, subtype) = Captures[i];
            var photo = photos[(index + i) % photos.Count];
            var capture = await meter.TimeAsync(CapturePrefix + step, () => app.Get<CaptureDocument>().HandleAsync(new CaptureCommand(applicant, kind, subtype, photo)));
            Expect(capture.DocumentId is not null, $"{step} {capture.Refusal} {capture.ImageProblem}");
        }

        var email = $"applicant{index}@example.org";
        var requested = await meter.TimeAsync("e-mail code: request", () => app.Get<RequestEmailCode>().HandleAsync(new RequestEmailCodeCommand(applicant, email, "sq")));
        Expect(requested.Status == EmailCodeRequestStatus.Sent, $"e-mail code {requested.Status}");
        var code = await meter.TimeAsync("e-mail code: dispatch (outbox → sender)", () =>
        {
            outbox.Wake();
            return mail.CodeForAsync(email, MailTimeout);
        });
        var verified = await meter.TimeAsync("e-mail code: verify", () => app.Get<VerifyEmailCode>().HandleAsync(new VerifyEmailCodeCommand(applicant, code)));
        Expect(verified.Status == EmailCodeCheck.Verified, $"verify {verified.Status}");

        var address = new AddressForm { Country = "DE", City = "Berlin", Street = $"Unter den Linden {1 + (index % 200)}", PostalCode = "10117", Phone = "0151 23456789" };
        var saved = await meter.TimeAsync("address and phone", () => app.Get<RecordAddressAndPhone>().HandleAsync(new RecordAddressAndPhoneCommand(applicant, address)));
        Expect(saved.Status == AddressSaveStatus.Saved, $"address {saved.Status}");

        var method = new ReturnMethodForm { Method = ReturnMethod.PostalAbroad };
        var chosen = await meter.TimeAsync("return method", () => app.Get<ChooseReturnMethod>().HandleAsync(new ChooseReturnMethodCommand(applicant, method)));
        Expect(chosen == ReturnMethodSaveStatus.Saved, $"return method {chosen}");

        var submitted = await meter.TimeAsync("submit", () => app.Get<SubmitApplication>().HandleAsync(new SubmitCommand(applicant, DeclarationAccepted: true, "sq")));
        Expect(submitted.Status == SubmitStatus.Submitted, $"submit {submitted.Status} {submitted.MissingStep}");
        return submitted.ReferenceNumber!;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }
}
