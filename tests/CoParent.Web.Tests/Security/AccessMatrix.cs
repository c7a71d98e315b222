using CoParent.Core.Access;
using CoParent.Web.Tests.Infrastructure;

namespace CoParent.Web.Tests.Security;

/// <summary>How a test user stands to the canary child (issue 3 §3: access follows the allocation, not the role alone).</summary>
public enum Relationship
{
    /// <summary>Social worker with a current allocation to the child.</summary>
    AllocatedSocialWorker,
    /// <summary>Social worker in another team, not allocated.</summary>
    OtherSocialWorker,
    /// <summary>Team manager of the allocated social worker's team.</summary>
    OwnTeamManager,
    /// <summary>Team manager of another team.</summary>
    OtherTeamManager,
    /// <summary>IRO currently reviewing the child: reads, and records the reviews they chair; never edits otherwise.</summary>
    AllocatedIro,
    Manager,
    Councillor,
    Administrator,
    /// <summary>Personal adviser currently allocated to the young person: reads and edits their record.</summary>
    AllocatedPersonalAdviser,
    /// <summary>Personal adviser to other young people, not this one.</summary>
    OtherPersonalAdviser,
    /// <summary>Virtual School officer with the child on their caseload: reads the record, writes its education part.</summary>
    AllocatedVirtualSchoolOfficer,
    /// <summary>Virtual School officer with other children on their caseload.</summary>
    OtherVirtualSchoolOfficer,
    /// <summary>The Virtual School Head: every child's record to read, the education part to write.</summary>
    VirtualSchoolHead,
    /// <summary>Designated teacher at the child's school: the education part of the record only.</summary>
    OwnSchoolDesignatedTeacher,
    /// <summary>Designated teacher at another school.</summary>
    OtherSchoolDesignatedTeacher,
}

/// <summary>
/// Who may use which route: the written specification the access tests hold the running app to. A route
/// the app has but this file does not list fails <see cref="AccessMatrixTests"/>, so every new page or API
/// route gets a decision here. Routes listed before they exist are simply not tested yet.
/// </summary>
public static class AccessMatrix
{
    // A personal adviser works on their own young person's record like the social worker (issue 6), but neither
    // reads the audit trail nor decides who works with the young person.
    // The Virtual School reads the whole record (the PEP is part of the care plan) but writes only its education part (issue 5).
    private static readonly Relationship[] RecordReaders =
        [Relationship.AllocatedSocialWorker, Relationship.OwnTeamManager, Relationship.AllocatedIro, Relationship.Manager, Relationship.AllocatedPersonalAdviser,
         Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead];

    private static readonly Relationship[] RecordEditors =
        [Relationship.AllocatedSocialWorker, Relationship.OwnTeamManager, Relationship.Manager, Relationship.AllocatedPersonalAdviser];

    /// <summary>Reviews of the child's plan are chaired by the IRO: the allocated IRO records them, as editors do.</summary>
    private static readonly Relationship[] ReviewRecorders = [.. RecordEditors, Relationship.AllocatedIro];

    /// <summary>The education part of the record (issue 5): its readers, and a designated teacher for their own school's pupils.</summary>
    private static readonly Relationship[] EducationReaders = [.. RecordReaders, Relationship.OwnSchoolDesignatedTeacher];

    /// <summary>Who writes the education part: the record's editors, the Virtual School and the child's designated teacher (never the IRO).</summary>
    private static readonly Relationship[] EducationEditors =
        [.. RecordEditors, Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead, Relationship.OwnSchoolDesignatedTeacher];

    /// <summary>Quality assurance of a PEP is the Virtual School's alone (issue 5).</summary>
    private static readonly Relationship[] PepAssurers = [Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead];

    private static readonly Relationship[] AuditReaders = [Relationship.OwnTeamManager, Relationship.Manager];

    /// <summary>Who works with the child is a management decision: never the allocated worker or the IRO.</summary>
    private static readonly Relationship[] Allocators = [Relationship.OwnTeamManager, Relationship.Manager];

    /// <summary>
    /// Routes with a <c>{childId}</c>: who may use them for the canary child. Everyone else gets 403 and a
    /// Denied audit entry. Forms that change a record are for editors on GET too: an IRO reviews, never edits.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, Relationship[]> ChildRoutes = new Dictionary<string, Relationship[]>
    {
        ["GET /children/{childId}"] = RecordReaders,
        ["GET /children/{childId}/timeline"] = RecordReaders,
        ["GET /children/{childId}/edit"] = RecordEditors,
        ["POST /children/{childId}/edit"] = RecordEditors,
        ["GET /children/{childId}/episodes/new"] = RecordEditors,
        ["POST /children/{childId}/episodes/new"] = RecordEditors,
        ["GET /children/{childId}/audit"] = AuditReaders,
        ["GET /children/{childId}/allocations"] = Allocators,
        ["POST /children/{childId}/allocations"] = Allocators,
        ["GET /api/children/{childId}"] = RecordReaders,
        // Issue 5: PEPs
        ["GET /children/{childId}/education/peps"] = EducationReaders,
        ["GET /children/{childId}/education/peps/new"] = EducationEditors,
        ["POST /children/{childId}/education/peps/new"] = EducationEditors,
        ["GET /children/{childId}/education/peps/{pepId}"] = EducationReaders,
        ["GET /children/{childId}/education/peps/{pepId}/edit"] = EducationEditors,
        ["POST /children/{childId}/education/peps/{pepId}/edit"] = EducationEditors,
        ["GET /children/{childId}/education/peps/{pepId}/submit"] = EducationEditors,
        ["POST /children/{childId}/education/peps/{pepId}/submit"] = EducationEditors,
        ["GET /children/{childId}/education/peps/{pepId}/quality-assurance"] = PepAssurers,
        ["POST /children/{childId}/education/peps/{pepId}/quality-assurance"] = PepAssurers,
        ["GET /children/{childId}/education/peps/{pepId}/versions"] = EducationReaders,
        ["GET /api/children/{childId}/education/peps"] = EducationReaders,
        // Issue 6: Family
        ["GET /children/{childId}/family"] = RecordReaders,
        ["GET /children/{childId}/family/time/new"] = RecordEditors,
        ["POST /children/{childId}/family/time/new"] = RecordEditors,
        ["GET /children/{childId}/family/time/end"] = RecordEditors,
        ["POST /children/{childId}/family/time/end"] = RecordEditors,
        ["GET /children/{childId}/family/siblings/new"] = RecordEditors,
        ["POST /children/{childId}/family/siblings/new"] = RecordEditors,
        ["GET /children/{childId}/family/care-plan"] = RecordEditors,
        ["POST /children/{childId}/family/care-plan"] = RecordEditors,
        ["GET /children/{childId}/family/permanence"] = RecordEditors,
        ["POST /children/{childId}/family/permanence"] = RecordEditors,
        ["GET /api/children/{childId}/family"] = RecordReaders,
        ["POST /api/children/{childId}/family/time-arrangements"] = RecordEditors,
        // Issue 6: Safety
        ["GET /children/{childId}/safety"] = RecordReaders,
        ["GET /children/{childId}/safety/missing/new"] = RecordEditors,
        ["POST /children/{childId}/safety/missing/new"] = RecordEditors,
        ["GET /children/{childId}/safety/missing/{episodeId}/return"] = RecordEditors,
        ["POST /children/{childId}/safety/missing/{episodeId}/return"] = RecordEditors,
        ["GET /children/{childId}/safety/missing/{episodeId}/conversation"] = RecordEditors,
        ["POST /children/{childId}/safety/missing/{episodeId}/conversation"] = RecordEditors,
        ["GET /children/{childId}/safety/exploitation/new"] = RecordEditors,
        ["POST /children/{childId}/safety/exploitation/new"] = RecordEditors,
        ["GET /api/children/{childId}/safety"] = RecordReaders,
        ["POST /api/children/{childId}/safety/missing"] = RecordEditors,
        ["POST /api/children/{childId}/safety/exploitation"] = RecordEditors,
        ["POST /api/children/{childId}/safety/missing/{episodeId}/return"] = RecordEditors,
        ["POST /api/children/{childId}/safety/missing/{episodeId}/conversation"] = RecordEditors,
        // Issue 6: Identity
        ["GET /children/{childId}/identity"] = RecordReaders,
        ["GET /children/{childId}/identity/details"] = RecordEditors,
        ["POST /children/{childId}/identity/details"] = RecordEditors,
        ["GET /children/{childId}/identity/household"] = RecordEditors,
        ["POST /children/{childId}/identity/household"] = RecordEditors,
        ["GET /children/{childId}/identity/life-story"] = RecordEditors,
        ["POST /children/{childId}/identity/life-story"] = RecordEditors,
        ["GET /children/{childId}/identity/later-life-letters/new"] = RecordEditors,
        ["POST /children/{childId}/identity/later-life-letters/new"] = RecordEditors,
        ["GET /children/{childId}/identity/life-plan"] = RecordEditors,
        ["POST /children/{childId}/identity/life-plan"] = RecordEditors,
        ["GET /api/children/{childId}/identity"] = RecordReaders,
        ["POST /api/children/{childId}/identity/life-story"] = RecordEditors,
        // Issue 6: Voice
        ["GET /children/{childId}/voice"] = RecordReaders,
        ["GET /children/{childId}/voice/advocacy/new"] = RecordEditors,
        ["POST /children/{childId}/voice/advocacy/new"] = RecordEditors,
        ["GET /children/{childId}/voice/advocacy/{referralId}/close"] = RecordEditors,
        ["POST /children/{childId}/voice/advocacy/{referralId}/close"] = RecordEditors,
        ["GET /api/children/{childId}/voice"] = RecordReaders,
        // Issue 6: Health
        ["GET /children/{childId}/health"] = RecordReaders,
        ["GET /children/{childId}/health/{record}/new"] = RecordEditors,
        ["POST /children/{childId}/health/{record}/new"] = RecordEditors,
        ["GET /api/children/{childId}/health"] = RecordReaders,
        ["POST /api/children/{childId}/health/{record}"] = RecordEditors,
        // Issue 6: Care leavers
        ["GET /children/{childId}/leaving-care"] = RecordReaders,
        ["GET /children/{childId}/leaving-care/pathway-plan"] = RecordEditors,
        ["POST /children/{childId}/leaving-care/pathway-plan"] = RecordEditors,
        ["GET /children/{childId}/leaving-care/eet/new"] = RecordEditors,
        ["POST /children/{childId}/leaving-care/eet/new"] = RecordEditors,
        ["GET /children/{childId}/leaving-care/accommodation/new"] = RecordEditors,
        ["POST /children/{childId}/leaving-care/accommodation/new"] = RecordEditors,
        ["GET /children/{childId}/leaving-care/support"] = RecordEditors,
        ["POST /children/{childId}/leaving-care/support"] = RecordEditors,
        ["GET /api/children/{childId}/leaving-care"] = RecordReaders,
        ["POST /api/children/{childId}/leaving-care/eet"] = RecordEditors,
        ["POST /api/children/{childId}/leaving-care/pathway-plan/reviews"] = RecordEditors,
        // Issue 6: Reviews
        ["GET /children/{childId}/reviews"] = RecordReaders,
        ["GET /children/{childId}/reviews/new"] = ReviewRecorders,
        ["POST /children/{childId}/reviews/new"] = ReviewRecorders,
        ["GET /api/children/{childId}/reviews"] = RecordReaders,
        ["POST /api/children/{childId}/reviews"] = ReviewRecorders,
        // Issue 5: Exclusions
        ["GET /children/{childId}/education/exclusions"] = EducationReaders,
        ["GET /children/{childId}/education/exclusions/new"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/new"] = EducationEditors,
        ["GET /children/{childId}/education/exclusions/timetables/new"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/timetables/new"] = EducationEditors,
        ["GET /children/{childId}/education/exclusions/missing-education/new"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/missing-education/new"] = EducationEditors,
        ["GET /api/children/{childId}/education/exclusions"] = EducationReaders,
        ["POST /api/children/{childId}/education/exclusions"] = EducationEditors,
        // Issue 5: corrections. Exclusions, part-time timetables and times missing education are corrected and removed by
        // those who may record them; PEP target outcomes by those who may edit the child's education record. No such record:
        // the page leads back to the child's list, which is not a refusal.
        ["GET /children/{childId}/education/exclusions/exclusion/{recordId}/edit"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/exclusion/{recordId}/edit"] = EducationEditors,
        ["GET /children/{childId}/education/exclusions/timetable/{recordId}/edit"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/timetable/{recordId}/edit"] = EducationEditors,
        ["GET /children/{childId}/education/exclusions/missing-education/{recordId}/edit"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/missing-education/{recordId}/edit"] = EducationEditors,
        ["GET /children/{childId}/education/exclusions/{recordKind}/{recordId}/remove"] = EducationEditors,
        ["POST /children/{childId}/education/exclusions/{recordKind}/{recordId}/remove"] = EducationEditors,
        ["GET /children/{childId}/education/peps/{pepId}/targets/{targetId}/outcome"] = EducationEditors,
        ["POST /children/{childId}/education/peps/{pepId}/targets/{targetId}/outcome"] = EducationEditors,
        // Issue 5: Pupil Premium Plus. The Virtual School commits the grant; spending is recorded by it or by the designated
        // teacher of the school the money went to (no such allocation: the form leads back to the child's ledger).
        ["GET /children/{childId}/education/pupil-premium"] = EducationReaders,
        ["GET /children/{childId}/education/pupil-premium/commit"] = [Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead],
        ["POST /children/{childId}/education/pupil-premium/commit"] = [Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead],
        ["GET /children/{childId}/education/pupil-premium/{allocationId}/spend"] =
            [Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead, Relationship.OwnSchoolDesignatedTeacher],
        ["POST /children/{childId}/education/pupil-premium/{allocationId}/spend"] =
            [Relationship.AllocatedVirtualSchoolOfficer, Relationship.VirtualSchoolHead, Relationship.OwnSchoolDesignatedTeacher],
        ["GET /api/children/{childId}/education/pupil-premium"] = EducationReaders,
        // Issue 5: Attainment
        ["GET /children/{childId}/education/attainment"] = EducationReaders,
        ["GET /children/{childId}/education/attainment/assessment"] = EducationEditors,
        ["POST /children/{childId}/education/attainment/assessment"] = EducationEditors,
        ["GET /children/{childId}/education/attainment/result"] = EducationEditors,
        ["POST /children/{childId}/education/attainment/result"] = EducationEditors,
        ["GET /api/children/{childId}/education/attainment"] = EducationReaders,
        // Issue 5: Roll
        ["GET /children/{childId}/education"] = EducationReaders,
        ["GET /children/{childId}/education/school"] = EducationEditors,
        ["POST /children/{childId}/education/school"] = EducationEditors,
        ["GET /api/children/{childId}/education"] = EducationReaders,
        ["POST /api/children/{childId}/education/school"] = EducationEditors,
        // Issue 5: Attendance
        ["GET /children/{childId}/education/attendance"] = EducationReaders,
        ["GET /children/{childId}/education/attendance/mark"] = EducationEditors,
        ["POST /children/{childId}/education/attendance/mark"] = EducationEditors,
        ["GET /api/children/{childId}/education/attendance"] = EducationReaders,
    };

    private static readonly string[] EveryRole = [.. Roles.All];
    private static readonly string[] RecordRoles =
        [Roles.SocialWorker, Roles.TeamManager, Roles.Iro, Roles.Manager, Roles.PersonalAdviser, Roles.VirtualSchoolOfficer, Roles.VirtualSchoolHead];

    /// <summary>Lists of the Virtual School's work (issue 5): each reader sees only the children they may, a designated teacher their own pupils.</summary>
    private static readonly string[] EducationRoles = [.. RecordRoles, Roles.DesignatedTeacher];
    private static readonly string[] AttendanceImporters = [Roles.VirtualSchoolOfficer, Roles.VirtualSchoolHead, Roles.Manager, Roles.DesignatedTeacher];
    private static readonly string[] ChildAdders = [Roles.SocialWorker, Roles.TeamManager, Roles.Manager];
    private static readonly string[] ReturnRoles = [Roles.Manager];
    private static readonly string[] VoiceResultReaders = [Roles.Manager, Roles.TeamManager, Roles.Councillor];
    private static readonly string[] VoiceMeetingRecorders = [Roles.Manager, Roles.TeamManager];
    /// <summary>Issue 7: the strategy, its delivery plans and scorecard are for everyone who works for the council, not for school staff.</summary>
    private static readonly string[] StrategyReaders = [.. Roles.All.Where(r => r != Roles.DesignatedTeacher)];
    private static readonly string[] VirtualSchoolFigureReaders =
        [Roles.VirtualSchoolHead, Roles.VirtualSchoolOfficer, Roles.Manager, Roles.TeamManager, Roles.Councillor];

    /// <summary>
    /// Signed-in routes without a child: which roles may open them (others get 403). Councillors see
    /// aggregates only, never a list of children; administrators see no child records.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string[]> RoleRoutes = new Dictionary<string, string[]>
    {
        ["GET /"] = EveryRole,
        ["GET /children"] = RecordRoles,
        ["GET /children/new"] = ChildAdders, // a personal adviser works with young people already known to the council
        ["POST /children/new"] = ChildAdders,
        ["GET /api/children"] = RecordRoles,
        ["GET /dashboard"] = EveryRole,
        ["GET /dashboard/children"] = RecordRoles, // the children behind a figure: never councillors or administrators
        ["GET /api/measures"] = EveryRole,
        ["GET /outcomes"] = EveryRole,
        ["GET /api/outcomes"] = EveryRole,
        // The DfE return reads and writes every child's record: managers (and analysts, who hold that role) only.
        ["GET /returns"] = ReturnRoles,
        ["GET /returns/{year}/download"] = ReturnRoles,
        ["GET /returns/upload"] = ReturnRoles,
        ["POST /returns/upload"] = ReturnRoles,
        ["GET /returns/imports/{jobId}"] = ReturnRoles,
        // Issue 6: Family
        ["GET /family-time"] = RecordRoles,
        // Issue 6: Safety
        ["GET /missing"] = RecordRoles, // each worker's own children; managers all
        // Issue 6: Identity
        ["GET /life-stories"] = RecordRoles,
        // The council's foster households (no child named): managers and team managers keep them right.
        ["GET /carer-households"] = [Roles.Manager, Roles.TeamManager],
        ["GET /carer-households/edit"] = [Roles.Manager, Roles.TeamManager],
        ["POST /carer-households/edit"] = [Roles.Manager, Roles.TeamManager],
        // Issue 6: Voice. Managers run surveys; results (anonymous, always suppressed) are for managers, team
        // managers and councillors, never a social worker; the codes list follows the worker's own children.
        ["GET /have-your-say/surveys"] = VoiceResultReaders,
        ["GET /have-your-say/surveys/new"] = ReturnRoles,
        ["POST /have-your-say/surveys/new"] = ReturnRoles,
        ["GET /have-your-say/surveys/{surveyId}"] = ReturnRoles,
        ["POST /have-your-say/surveys/{surveyId}"] = ReturnRoles,
        ["GET /have-your-say/surveys/{surveyId}/results"] = VoiceResultReaders,
        ["GET /have-your-say/surveys/{surveyId}/results/download"] = VoiceResultReaders,
        ["GET /have-your-say/meetings"] = VoiceMeetingRecorders,
        ["GET /have-your-say/meetings/new"] = VoiceMeetingRecorders,
        ["POST /have-your-say/meetings/new"] = VoiceMeetingRecorders,
        ["GET /have-your-say/invitations"] = RecordRoles,
        // Issue 6: Health
        ["GET /health"] = RecordRoles,
        // Issue 6: Care leavers
        ["GET /care-leavers"] = RecordRoles, // a personal adviser's own young people; others see whom they may see
        // Issue 6: Reviews
        ["GET /reviews"] = RecordRoles, // a worker's own children's reviews due; every child for managers
        // Issue 5: Exclusions. The lists show only the reader's education pupils. Notifications are each user's own,
        // so every role with an account opens them; a child is named only while the reader may still see the child.
        ["GET /exclusions"] = EducationRoles,
        ["GET /notifications"] = EveryRole,
        ["POST /notifications"] = EveryRole,
        ["GET /api/notifications"] = EveryRole,
        // Issue 5: Pupil Premium Plus. The overview shows each reader their own children (a designated teacher their school);
        // the rates per year are the Virtual School Head's to set.
        ["GET /pupil-premium"] = EducationRoles,
        ["GET /pupil-premium/rates"] = [Roles.VirtualSchoolHead],
        ["POST /pupil-premium/rates"] = [Roles.VirtualSchoolHead],
        // Issue 5: Attainment. Comparison figures are the council's published data: the Virtual School Head and managers keep them.
        ["GET /attainment"] = EducationRoles,
        ["GET /attainment/comparisons"] = [Roles.VirtualSchoolHead, Roles.Manager],
        ["POST /attainment/comparisons"] = [Roles.VirtualSchoolHead, Roles.Manager],
        // Issue 5: Roll. The roll lists the children each reader may see (a designated teacher their own pupils); the Head
        // and managers share out caseloads and load schools; the Virtual School keeps designated teacher contacts.
        ["GET /virtual-school/roll"] = EducationRoles,
        ["GET /virtual-school/caseloads"] = [Roles.VirtualSchoolHead, Roles.Manager],
        ["POST /virtual-school/caseloads"] = [Roles.VirtualSchoolHead, Roles.Manager],
        ["GET /virtual-school/schools"] = [Roles.VirtualSchoolHead, Roles.Manager, Roles.VirtualSchoolOfficer],
        ["GET /virtual-school/schools/import"] = [Roles.VirtualSchoolHead, Roles.Manager],
        ["POST /virtual-school/schools/import"] = [Roles.VirtualSchoolHead, Roles.Manager],
        ["GET /virtual-school/schools/{schoolId}"] = [Roles.VirtualSchoolHead, Roles.VirtualSchoolOfficer],
        ["POST /virtual-school/schools/{schoolId}"] = [Roles.VirtualSchoolHead, Roles.VirtualSchoolOfficer],
        // Issue 5: Head's page. The Virtual School's figures: its leadership and managers, and councillors (suppressed);
        // never a designated teacher (their own pupils only) or one child's worker.
        ["GET /virtual-school"] = VirtualSchoolFigureReaders,
        ["GET /api/virtual-school"] = VirtualSchoolFigureReaders,
        // Issue 5: PEPs. Each worker's own pupils' PEPs; the termly deadlines are the Virtual School Head's to set.
        ["GET /peps"] = EducationRoles,
        ["GET /peps/deadlines"] = [Roles.VirtualSchoolHead],
        ["POST /peps/deadlines"] = [Roles.VirtualSchoolHead],
        // Issue 5: Attendance. Lists show each user's own pupils; marks for many children come from the Virtual
        // School, managers, or a designated teacher for their own school.
        ["GET /attendance"] = EducationRoles,
        ["GET /attendance/today"] = EducationRoles,
        ["GET /attendance/import"] = AttendanceImporters,
        ["POST /attendance/import"] = AttendanceImporters,
        ["POST /api/attendance/marks"] = AttendanceImporters,
        // Issue 7: strategy. Everyone who works for the council reads the strategy and its measures (councillors see no
        // child on them); designated teachers are school staff and have nothing here. Administrators alone change the
        // wording or load a strategy; managers (performance leads and analysts) alone set targets.
        ["GET /strategy"] = StrategyReaders,
        ["GET /strategy/history"] = StrategyReaders,
        ["GET /strategy/edit/{part}/{number?}"] = [Roles.Administrator],
        ["POST /strategy/edit/{part}/{number?}"] = [Roles.Administrator],
        ["GET /strategy/load"] = [Roles.Administrator],
        ["POST /strategy/load"] = [Roles.Administrator],
        ["GET /strategy/measures"] = StrategyReaders,
        ["GET /strategy/measures/{**id}"] = StrategyReaders,
        ["POST /strategy/measures/{**id}"] = [Roles.Manager],
        ["GET /api/measures/registry"] = StrategyReaders,
        // Issue 7: delivery plans. Actions name no child: every role reads them except designated teachers (school
        // staff); managers add and change them, write progress notes and record the Children in Care Council's view.
        ["GET /delivery-plans"] = StrategyReaders,
        ["GET /delivery-plans/{actionId}"] = StrategyReaders,
        ["GET /api/delivery-actions"] = StrategyReaders,
        ["GET /delivery-plans/new"] = ReturnRoles,
        ["POST /delivery-plans/new"] = ReturnRoles,
        ["GET /delivery-plans/{actionId}/edit"] = ReturnRoles,
        ["POST /delivery-plans/{actionId}/edit"] = ReturnRoles,
        ["GET /delivery-plans/{actionId}/progress"] = ReturnRoles,
        ["POST /delivery-plans/{actionId}/progress"] = ReturnRoles,
        ["GET /delivery-plans/{actionId}/children-in-care-council"] = ReturnRoles,
        ["POST /delivery-plans/{actionId}/children-in-care-council"] = ReturnRoles,
        // Issue 7: snapshots. The frozen scorecards are the Panel's record: managers (analysts) freeze and read them,
        // councillors read them suppressed; no one else, and never a designated teacher.
        ["GET /scorecard/snapshots"] = [Roles.Manager, Roles.Councillor],
        ["POST /scorecard/snapshots"] = [Roles.Manager],
        ["GET /scorecard/snapshots/{snapshotId}"] = [Roles.Manager, Roles.Councillor],
        ["POST /scorecard/snapshots/{snapshotId}"] = [Roles.Manager],
        // Issue 7: scorecard. Everyone who works for the council (councillors and administrators suppressed); never a
        // designated teacher (school staff).
        ["GET /scorecard"] = StrategyReaders,
        ["GET /scorecard/print"] = StrategyReaders,
        ["GET /api/scorecard"] = StrategyReaders,
    };


    /// <summary>Routes open without signing in.</summary>
    public static readonly IReadOnlySet<string> PublicRoutes = new HashSet<string>
    {
        "GET /sign-in", "POST /sign-in",
        "GET /sign-in/external",
        "GET /sign-out", "POST /sign-out",
        "GET /error/{code?}", "POST /error/{code?}",
        "GET /openapi/{documentName}.json",
        // Issue 6: Voice. A child answers Have Your Say with a code, never an account.
        "GET /have-your-say", "POST /have-your-say",
        "GET /have-your-say/{code}", "POST /have-your-say/{code}",
        "GET /have-your-say/thank-you",
        // Issue 7: the Pledge in children's words, with aggregate figures only (small numbers never shown).
        "GET /our-pledge",
    };

    /// <summary>
    /// POST routes that need no antiforgery token, and why. The error page answers re-executed failed
    /// POSTs (status code pages keep the method) and changes nothing.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> AntiforgeryExempt = new Dictionary<string, string>
    {
        ["POST /error/{code?}"] = "re-executed error page for failed POSTs; changes nothing",
    };

    /// <summary>Values for route parameters other than <c>childId</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> SampleRouteValues = new Dictionary<string, string>
    {
        ["documentName"] = "v1",
        // Issue 5: Roll. No such school: the page answers 404 to those allowed.
        ["schoolId"] = "1", // the test database's school A, created before anything else: a page that exists answers the role check
        ["year"] = "2027",
        ["jobId"] = "00000000000000000000000000000000", // no such import: the page answers 410 Gone to a manager
        ["episodeId"] = "0", // not the canary's: a form goes back to the child's safety page, the API answers 400 to a body that is not JSON
        // Issue 6: Voice. No such survey or referral: the page leads back to its list, which is not a refusal.
        ["surveyId"] = "999999",
        ["referralId"] = "999999",
        ["code"] = "ACDEFGHJKM",
        // Issue 6: Health
        ["record"] = "assessments",
        // Issue 5: Pupil Premium Plus. No such allocation: the spending form leads back to the child's ledger.
        ["allocationId"] = "999999",
        // Issue 5: PEPs. Not the canary's: the page goes back to the child's PEPs.
        ["pepId"] = "0",
        // Issue 7: strategy. The title form has no number; a measure id has dots.
        ["part"] = "title",
        ["id"] = "reviews.on-time",
        // Issue 7: delivery plans. The first action the strategy seeds at migration.
        ["actionId"] = "1",
        // Issue 7: snapshots. No such snapshot: the page leads back to the list of frozen scorecards.
        ["snapshotId"] = "999999",
        // Issue 5: corrections. No such record or target: the pages lead back to the child's list or PEP.
        ["recordKind"] = "exclusion",
        ["recordId"] = "0",
        ["targetId"] = "0",
    };

    public static string UserName(Relationship who) => who switch
    {
        Relationship.AllocatedSocialWorker => TestUsers.SocialWorker,
        Relationship.OtherSocialWorker => TestUsers.OtherSocialWorker,
        Relationship.OwnTeamManager => TestUsers.TeamManager,
        Relationship.OtherTeamManager => TestUsers.OtherTeamManager,
        Relationship.AllocatedIro => TestUsers.Iro,
        Relationship.Manager => TestUsers.Manager,
        Relationship.Councillor => TestUsers.Councillor,
        Relationship.Administrator => TestUsers.Administrator,
        Relationship.AllocatedPersonalAdviser => TestUsers.PersonalAdviser,
        Relationship.OtherPersonalAdviser => TestUsers.OtherPersonalAdviser,
        Relationship.AllocatedVirtualSchoolOfficer => TestUsers.VirtualSchoolOfficer,
        Relationship.OtherVirtualSchoolOfficer => TestUsers.OtherVirtualSchoolOfficer,
        Relationship.VirtualSchoolHead => TestUsers.VirtualSchoolHead,
        Relationship.OwnSchoolDesignatedTeacher => TestUsers.DesignatedTeacher,
        Relationship.OtherSchoolDesignatedTeacher => TestUsers.OtherDesignatedTeacher,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };

    public static string UserId(TestUsers users, Relationship who) => who switch
    {
        Relationship.AllocatedSocialWorker => users.SocialWorkerId,
        Relationship.OtherSocialWorker => users.OtherSocialWorkerId,
        Relationship.OwnTeamManager => users.TeamManagerId,
        Relationship.OtherTeamManager => users.OtherTeamManagerId,
        Relationship.AllocatedIro => users.IroId,
        Relationship.Manager => users.ManagerId,
        Relationship.Councillor => users.CouncillorId,
        Relationship.Administrator => users.AdministratorId,
        Relationship.AllocatedPersonalAdviser => users.PersonalAdviserId,
        Relationship.OtherPersonalAdviser => users.OtherPersonalAdviserId,
        Relationship.AllocatedVirtualSchoolOfficer => users.VirtualSchoolOfficerId,
        Relationship.OtherVirtualSchoolOfficer => users.OtherVirtualSchoolOfficerId,
        Relationship.VirtualSchoolHead => users.VirtualSchoolHeadId,
        Relationship.OwnSchoolDesignatedTeacher => users.DesignatedTeacherId,
        Relationship.OtherSchoolDesignatedTeacher => users.OtherDesignatedTeacherId,
        _ => throw new ArgumentOutOfRangeException(nameof(who)),
    };
}
