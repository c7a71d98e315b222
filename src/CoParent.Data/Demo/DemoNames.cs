namespace CoParent.Data.Demo;

/// <summary>Name lists for the fictional people: any resemblance to a real child's record is chance.</summary>
internal sealed record NameSet(string[] Boys, string[] Girls, string[] Family);

internal static class DemoNames
{
    public static readonly NameSet British = new(
        ["Oliver", "Harry", "Jack", "George", "Noah", "Charlie", "Jacob", "Alfie", "Freddie", "Oscar", "Leo", "Archie",
         "Thomas", "Joshua", "Riley", "Logan", "Mason", "Ethan", "Lewis", "Kai", "Tyler", "Callum", "Connor", "Jayden",
         "Liam", "Dylan", "Reece", "Bradley", "Ryan", "Samuel", "Alexander", "Daniel", "Benjamin", "William", "James"],
        ["Olivia", "Amelia", "Isla", "Ava", "Emily", "Sophie", "Grace", "Lily", "Mia", "Ella", "Poppy", "Evie",
         "Isabella", "Jessica", "Chloe", "Megan", "Holly", "Lacey", "Courtney", "Jade", "Kayleigh", "Ruby", "Freya",
         "Charlotte", "Daisy", "Millie", "Summer", "Skye", "Paige", "Leah", "Elizabeth", "Rebecca", "Katie", "Hannah"],
        ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Robinson", "Wright",
         "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Harris",
         "Turner", "Cooper", "Hill", "Ward", "Morris", "Moore", "King", "Baker", "Harrison", "Marsh", "Fletcher",
         "Barker", "Cole", "Pearce", "Dawson", "Mills", "Hunt", "Payne", "Stone", "Rowe", "Webb", "Sharp", "Nash"]);

    public static readonly NameSet EastEuropean = new(
        ["Jakub", "Kacper", "Filip", "Mateusz", "Andrei", "Luca", "Matas", "Lukas", "Dominik", "Antoni", "Ionut"],
        ["Zuzanna", "Julia", "Maja", "Amelia", "Ioana", "Maria", "Emilija", "Gabija", "Natalia", "Alicja", "Elena"],
        ["Kowalski", "Nowak", "Wisniewski", "Popescu", "Ionescu", "Kazlauskas", "Petrauskas", "Novak", "Horvath",
         "Lewandowski", "Dumitru", "Balan"]);

    public static readonly NameSet Caribbean = new(
        ["Jermaine", "Tyrese", "Marcus", "Devon", "Jaden", "Malachi", "Isaiah", "Kyrie", "Tremaine", "Andre"],
        ["Aaliyah", "Shanice", "Jada", "Tianna", "Keisha", "Naomi", "Kiara", "Amara", "Renee", "Tanisha"],
        ["Campbell", "Francis", "Grant", "Henry", "Brown", "Reid", "Richards", "Thomas", "Bailey", "Gordon", "Clarke"]);

    public static readonly NameSet WestAfrican = new(
        ["Chidi", "Emeka", "Kwame", "Kofi", "Tobi", "David", "Samuel", "Ayo", "Femi", "Daniel", "Joshua"],
        ["Adaeze", "Chioma", "Ama", "Abena", "Tolu", "Precious", "Blessing", "Favour", "Esther", "Zainab"],
        ["Okafor", "Adeyemi", "Mensah", "Boateng", "Okonkwo", "Adebayo", "Owusu", "Nwosu", "Asante", "Eze", "Bello"]);

    public static readonly NameSet SouthAsian = new(
        ["Mohammed", "Ayaan", "Ibrahim", "Zayn", "Arjun", "Rohan", "Hamza", "Yusuf", "Rayyan", "Aarav"],
        ["Aisha", "Fatima", "Maryam", "Zara", "Priya", "Anaya", "Inaya", "Hafsa", "Sana", "Amira"],
        ["Khan", "Ahmed", "Hussain", "Ali", "Begum", "Patel", "Rahman", "Islam", "Iqbal", "Chowdhury", "Shah"]);

    public static readonly NameSet Chinese = new(
        ["Wei", "Jun", "Hao", "Ethan", "Ryan"], ["Mei", "Lin", "Xin", "Chloe", "Jia"],
        ["Wang", "Li", "Chen", "Zhang", "Liu", "Wong", "Lam"]);

    public static readonly NameSet MiddleEastern = new(
        ["Omar", "Yusuf", "Emre", "Kerem", "Karwan", "Ali", "Adam", "Zain"],
        ["Layla", "Elif", "Zeynep", "Noor", "Rania", "Dilan", "Sara"],
        ["Yilmaz", "Kaya", "Demir", "Aziz", "Hassan", "Saleh", "Haddad", "Rashid"]);

    public static readonly NameSet Eritrean = new(
        ["Yonas", "Filmon", "Dawit", "Tesfay", "Robel", "Henok", "Kibrom", "Merhawi", "Yohannes", "Biniam", "Amanuel"],
        ["Meron", "Semhar", "Selam", "Helen", "Saba", "Luwam", "Rahel"],
        ["Tesfamariam", "Ghebremedhin", "Haile", "Berhe", "Woldu", "Kidane", "Tekle", "Abraha", "Gebru", "Mehari", "Habte"]);

    public static readonly NameSet Sudanese = new(
        ["Mohamed", "Abdelrahman", "Omer", "Osman", "Elfatih", "Mujtaba", "Hamza", "Khalid", "Mustafa", "Ahmed"],
        ["Fatima", "Amna", "Hiba", "Sara", "Reem"],
        ["Abdalla", "Elamin", "Osman", "Ibrahim", "Babiker", "Elhassan", "Mustafa", "Yousif", "Adam", "Ishag"]);

    public static readonly NameSet Afghan = new(
        ["Ahmad", "Mohammad", "Habib", "Jawad", "Farid", "Sohail", "Naveed", "Zabiullah", "Wahid", "Noorullah", "Bilal"],
        ["Mariam", "Parisa", "Zarghuna", "Fereshta", "Shabnam"],
        ["Ahmadzai", "Hakimi", "Rahimi", "Noori", "Safi", "Sultani", "Karimi", "Popal", "Stanikzai", "Haidari", "Amiri"]);

    public static readonly NameSet Iranian = new(
        ["Amir", "Reza", "Arash", "Kian", "Dariush", "Milad", "Saman", "Hossein", "Behzad"],
        ["Shirin", "Niloufar", "Yasmin", "Roya", "Mina"],
        ["Hosseini", "Rezaei", "Mohammadi", "Jafari", "Moradi", "Ahmadi", "Kazemi", "Rostami", "Sadeghi"]);

    public static readonly NameSet Vietnamese = new(
        ["Minh", "Duc", "Tuan", "Quang", "Huy", "Long", "Nam"], ["Linh", "Thu", "Hoa", "Trang"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"]);

    /// <summary>The usual short forms: a child often goes by one.</summary>
    public static readonly IReadOnlyDictionary<string, string> ShortForms = new Dictionary<string, string>
    {
        ["Alexander"] = "Alex", ["Daniel"] = "Danny", ["Benjamin"] = "Ben", ["William"] = "Will", ["James"] = "Jamie",
        ["Samuel"] = "Sam", ["Thomas"] = "Tom", ["Joshua"] = "Josh", ["Oliver"] = "Ollie", ["Frederick"] = "Freddie",
        ["Elizabeth"] = "Lizzie", ["Rebecca"] = "Becky", ["Isabella"] = "Bella", ["Jessica"] = "Jess",
        ["Charlotte"] = "Lottie", ["Katie"] = "Kate", ["Mohammed"] = "Mo", ["Abdelrahman"] = "Abdo",
        ["Zabiullah"] = "Zabi", ["Noorullah"] = "Noor", ["Kibrom"] = "Kibi", ["Jakub"] = "Kuba",
    };

    public static NameSet ForEthnicity(string ethnicity, Random random) => ethnicity switch
    {
        "WOTH" or "WROM" => EastEuropean,
        "MWBC" or "BCRB" or "BOTH" => random.NextDouble() < 0.5 ? Caribbean : British,
        "MWBA" or "BAFR" => random.NextDouble() < 0.7 ? WestAfrican : British,
        "MWAS" or "APKN" or "ABAN" or "AIND" or "AOTH" => random.NextDouble() < 0.7 ? SouthAsian : British,
        "CHNE" => Chinese,
        "OOTH" or "MOTH" => random.NextDouble() < 0.6 ? MiddleEastern : British,
        _ => British,
    };

    public static NameSet ForUascOrigin(string origin) => origin switch
    {
        "Eritrean" => Eritrean,
        "Sudanese" => Sudanese,
        "Afghan" => Afghan,
        "Iranian" => Iranian,
        _ => Vietnamese,
    };

    /// <summary>Everyone else's names (carers, staff), from all the lists.</summary>
    public static readonly NameSet[] Adults = [British, British, British, EastEuropean, Caribbean, WestAfrican, SouthAsian, MiddleEastern];

    public static readonly string[] PlaceWords =
    [
        "Oakfield", "Willow", "Beech", "Cedar", "Maple", "Rowan", "Hawthorn", "Ash", "Elm", "Birch", "Meadow", "Brook",
        "Riverside", "Orchard", "Heath", "Hollybank", "Larch", "Poplar", "Chestnut", "Hazel", "Juniper", "Alder",
    ];

    public static readonly string[] PlaceSuffixes = ["House", "Lodge", "View", "Court", "Grange", "Cottage", "Place"];

    public static readonly string[] AgencyNames =
    [
        "Brightwater Fostering", "Family Circle Fostering", "Harbour Foster Care", "Keystone Fostering",
        "Northstar Families", "Open Door Fostering", "Pathway Foster Care", "Lighthouse Family Placements",
        "Evergreen Fostering", "Kindred Foster Care", "Haven Fostering", "Compass Point Families",
    ];

    public static readonly string[] Disabilities =
    [
        "Autism spectrum condition", "Learning disability", "ADHD", "Hearing impairment", "Visual impairment",
        "Cerebral palsy", "Epilepsy", "Global developmental delay", "Speech and language needs",
    ];

    public static readonly (string? Religion, double Weight)[] Religions =
    [
        // The census's choices (Core.Identity.Religions); a quarter not recorded (null), as a young person's often is not.
        ("No religion", 0.40), ("Christian", 0.28), (null, 0.22), ("Muslim", 0.05), ("Prefers not to say", 0.02),
        ("Hindu", 0.007), ("Sikh", 0.006), ("Jewish", 0.004), ("Buddhist", 0.004), ("Any other religion", 0.009),
    ];
}
