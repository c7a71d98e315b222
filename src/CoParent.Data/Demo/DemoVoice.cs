using CoParent.Core.Children;
using CoParent.Core.Voice;
using NpgsqlTypes;

namespace CoParent.Data.Demo;

/// <summary>
/// The demo council's voice records: last year's Have Your Say survey (closed) and this year's (open), each sent to
/// the children in care aged 8 to 17 and care leavers up to 25, about half answering; a meeting with decision-makers
/// most months; and advocacy referrals for a few children in a hundred.
/// </summary>
internal static class DemoVoice
{
    private static readonly BulkColumn<SurveyInvitation>[] InvitationColumns =
    [
        new("SurveyId", NpgsqlDbType.Integer, i => i.SurveyId),
        new("Code", NpgsqlDbType.Varchar, i => i.Code),
        new("IssuedOn", NpgsqlDbType.Date, i => i.IssuedOn),
        new("ChildId", NpgsqlDbType.Integer, i => i.ChildId),
        new("AgeBand", NpgsqlDbType.Varchar, i => i.AgeBand),
        new("UsedOn", NpgsqlDbType.Date, i => i.UsedOn),
    ];

    private static readonly BulkColumn<SurveyResponse>[] ResponseColumns =
    [
        new("Id", NpgsqlDbType.Uuid, r => r.Id),
        new("SurveyId", NpgsqlDbType.Integer, r => r.SurveyId),
        new("SubmittedOn", NpgsqlDbType.Date, r => r.SubmittedOn),
        new("AgeBand", NpgsqlDbType.Varchar, r => r.AgeBand),
    ];

    private static readonly BulkColumn<SurveyAnswer>[] AnswerColumns =
    [
        new("ResponseId", NpgsqlDbType.Uuid, a => a.ResponseId),
        new("QuestionId", NpgsqlDbType.Integer, a => a.QuestionId),
        new("Answer", NpgsqlDbType.Varchar, a => a.Answer),
        new("Text", NpgsqlDbType.Varchar, a => a.Text),
    ];

    private static readonly BulkColumn<AdvocacyReferral>[] ReferralColumns =
    [
        new("ChildId", NpgsqlDbType.Integer, r => r.ChildId),
        new("ReferredOn", NpgsqlDbType.Date, r => r.ReferredOn),
        new("ReferredBy", NpgsqlDbType.Integer, r => (int)r.ReferredBy),
        new("Reason", NpgsqlDbType.Varchar, r => r.Reason),
        new("Provider", NpgsqlDbType.Varchar, r => r.Provider),
        new("Outcome", NpgsqlDbType.Varchar, r => r.Outcome),
        new("ClosedOn", NpgsqlDbType.Date, r => r.ClosedOn),
    ];

    /// <summary>How likely each answer is, in the scale's order, for each standard question: most children answer positively, not all.</summary>
    private static readonly Dictionary<string, double[]> Mix = new()
    {
        [StandardQuestions.FamilyPlan] = [0.64, 0.16, 0.11, 0.09],
        [StandardQuestions.ListenedTo] = [0.58, 0.32, 0.10],
        [StandardQuestions.CaredAbout] = [0.81, 0.12, 0.04, 0.03],
        [StandardQuestions.EnjoySchool] = [0.38, 0.45, 0.17],
        [StandardQuestions.ProudToBeMe] = [0.68, 0.19, 0.06, 0.07],
        [StandardQuestions.Supported] = [0.34, 0.33, 0.21, 0.08, 0.04],
    };

    private static readonly string[] Topics =
    [
        "Family time and keeping in touch with brothers and sisters", "Moving placements and being told in good time",
        "Mental health support and waiting times", "Pocket money and savings", "Getting a bank account and ID at 16",
        "Changes of social worker", "Life story work", "Wi-Fi and phones in children's homes", "Housing for care leavers",
        "Being proud of who you are: the Proud to be Me group", "Education and staying in school", "Bus passes and getting around",
    ];

    private static readonly string[] Reasons =
    [
        "Wants to have a say about family time", "Unhappy about a planned move", "Wants help to speak at their review",
        "Wants to make a complaint", "Disagrees with the care plan", "Leaving care: wants help with housing",
        "Wants to change social worker", "Wants help to be heard about school",
    ];

    private static readonly string[] Outcomes =
    [
        "Views put to the review; plan changed", "Complaint resolved at stage 1", "Views shared; decision explained to the young person",
        "Family time increased", "Young person chose to end advocacy", "Move delayed until the end of the school term",
    ];

    public static async Task SaveAsync(CoParentDbContext db, IReadOnlyList<Child> people, DateOnly asAt, int seed, CancellationToken ct)
    {
        var random = new Random(seed + 6);
        var thisOpens = asAt.AddDays(-21);
        var lastYear = NewSurvey($"Have Your Say {thisOpens.Year - 1}", thisOpens.AddYears(-1), thisOpens.AddYears(-1).AddDays(49), SurveyStatus.Closed);
        var thisYear = NewSurvey($"Have Your Say {thisOpens.Year}", thisOpens, asAt.AddDays(28), SurveyStatus.Open);
        db.Surveys.AddRange(lastYear, thisYear);
        db.DecisionMakerMeetings.AddRange(Meetings(random, asAt));
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(ct);

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (survey, answerRate) in new[] { (lastYear, 0.52), (thisYear, 0.41) })
        {
            var lastDay = survey.Closes < asAt ? survey.Closes : asAt;
            var invitations = new List<SurveyInvitation>();
            var responses = new List<SurveyResponse>();
            foreach (var child in people)
            {
                var band = SurveyAgeBands.Eligible(child.DateOfBirth, survey.Opens, InCareOn(child, survey.Opens), InCareFrom16(child, survey.Opens));
                if (band is null) continue;
                var invitation = new SurveyInvitation
                {
                    SurveyId = survey.Id, Code = NewCode(random, codes), IssuedOn = survey.Opens, ChildId = child.Id, AgeBand = band,
                };
                invitations.Add(invitation);
                if (random.NextDouble() >= answerRate) continue;
                var on = survey.Opens.AddDays(random.Next(lastDay.DayNumber - survey.Opens.DayNumber + 1));
                invitation.UsedOn = on;
                responses.Add(Answer(random, survey, on, band));
            }
            await DemoBulk.WriteAsync(db, "SurveyInvitations", InvitationColumns, invitations, ct);
            await DemoBulk.WriteAsync(db, "SurveyResponses", ResponseColumns, responses, ct);
            await DemoBulk.WriteAsync(db, "SurveyAnswers", AnswerColumns, responses.SelectMany(r => r.Answers), ct);
        }

        await DemoBulk.WriteAsync(db, "AdvocacyReferrals", ReferralColumns, Referrals(random, people, asAt), ct);
    }

    private static Survey NewSurvey(string title, DateOnly opens, DateOnly closes, SurveyStatus status)
    {
        var survey = new Survey
        {
            Title = title, Opens = opens, Closes = closes, Status = status, CreatedAtUtc = opens.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            Introduction = "We want to know what being in care is like for you, so we can make it better. It takes about five minutes. " +
                           "We do not ask your name, and nobody who works with you will see your answers.",
        };
        survey.Questions.AddRange(StandardQuestions.All.Select((q, i) =>
            new SurveyQuestion { Order = i + 1, Text = q.Text, Scale = q.Scale, StandardKey = q.Key }));
        return survey;
    }

    private static SurveyResponse Answer(Random random, Survey survey, DateOnly on, string band)
    {
        var response = new SurveyResponse { Id = NewGuid(random), SurveyId = survey.Id, SubmittedOn = on, AgeBand = band };
        foreach (var question in survey.Questions)
        {
            if (random.NextDouble() < 0.04) continue; // skipped: nobody has to answer every question
            if (question.StandardKey == StandardQuestions.EnjoySchool && band == SurveyAgeBands.Age18To25 && random.NextDouble() < 0.6) continue;
            var choices = AnswerScales.Answers(question.Scale);
            var weights = Mix[question.StandardKey!];
            var roll = random.NextDouble();
            var pick = 0;
            while (pick < weights.Length - 1 && roll >= weights[pick])
            {
                roll -= weights[pick];
                pick++;
            }
            response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, QuestionId = question.Id, Answer = choices[pick].Value });
        }
        return response;
    }

    private static List<DecisionMakerMeeting> Meetings(Random random, DateOnly asAt)
    {
        var meetings = new List<DecisionMakerMeeting>();
        for (var monthsAgo = 23; monthsAgo >= 0; monthsAgo--)
        {
            var month = new DateOnly(asAt.Year, asAt.Month, 1).AddMonths(-monthsAgo);
            var held = month.AddDays(random.Next(6, 25));
            if (held > asAt || random.NextDouble() < 0.12) continue;
            var with = (DecisionMakers)(random.Next(10) switch { < 4 => 0, < 7 => 1, < 9 => 2, _ => 3 });
            meetings.Add(new DecisionMakerMeeting
            {
                HeldOn = held, With = with, WithOther = with == DecisionMakers.Other ? "Local delivery directors" : null,
                ChildrenTookPart = random.Next(3, 16), Topics = Topics[random.Next(Topics.Length)],
                RecordedAtUtc = held.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
            });
        }
        return meetings;
    }

    private static IEnumerable<AdvocacyReferral> Referrals(Random random, IReadOnlyList<Child> people, DateOnly asAt)
    {
        foreach (var child in people)
        {
            if (!InCareOn(child, asAt) || Age.On(child.DateOfBirth, asAt) < 5 || random.NextDouble() >= 0.035) continue;
            var on = asAt.AddDays(-random.Next(730));
            var by = (ReferredBy)(random.Next(20) switch { < 6 => 0, < 13 => 1, < 16 => 2, < 18 => 3, _ => 4 });
            var closed = on.AddDays(random.Next(20, 120)) is var end && end < asAt ? end : (DateOnly?)null;
            yield return new AdvocacyReferral
            {
                ChildId = child.Id, ReferredOn = on, ReferredBy = by, Reason = Reasons[random.Next(Reasons.Length)],
                Provider = "Rethink Advocacy", ClosedOn = closed, Outcome = closed is null ? null : Outcomes[random.Next(Outcomes.Length)],
            };
        }
    }

    private static bool InCareOn(Child child, DateOnly date) => child.Episodes.Any(e => e.Decom <= date && (e.Dec is null || e.Dec > date));

    private static bool InCareFrom16(Child child, DateOnly date)
    {
        var sixteen = Age.Birthday(child.DateOfBirth, child.DateOfBirth.Year + 16);
        return child.Episodes.Any(e => e.Decom <= date && (e.Dec is null || e.Dec > sixteen));
    }

    private static string NewCode(Random random, HashSet<string> taken)
    {
        while (true)
        {
            var code = new string(Enumerable.Range(0, InvitationCode.Length)
                .Select(_ => InvitationCode.Alphabet[random.Next(InvitationCode.Alphabet.Length)]).ToArray());
            if (taken.Add(code)) return code;
        }
    }

    private static Guid NewGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
