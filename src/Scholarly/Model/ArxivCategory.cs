namespace Scholarly.Model;

/// <summary>The names of arXiv's subject categories, so a tag page for cs.DC can say what cs.DC is.</summary>
/// <remarks>From arXiv's category taxonomy; computer science in full, the others most used alongside it.</remarks>
internal static class ArxivCategory
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["cs.AI"] = "Artificial Intelligence", ["cs.AR"] = "Hardware Architecture", ["cs.CC"] = "Computational Complexity",
        ["cs.CE"] = "Computational Engineering, Finance, and Science", ["cs.CG"] = "Computational Geometry",
        ["cs.CL"] = "Computation and Language", ["cs.CR"] = "Cryptography and Security",
        ["cs.CV"] = "Computer Vision and Pattern Recognition", ["cs.CY"] = "Computers and Society", ["cs.DB"] = "Databases",
        ["cs.DC"] = "Distributed, Parallel, and Cluster Computing", ["cs.DL"] = "Digital Libraries",
        ["cs.DM"] = "Discrete Mathematics", ["cs.DS"] = "Data Structures and Algorithms",
        ["cs.ET"] = "Emerging Technologies", ["cs.FL"] = "Formal Languages and Automata Theory",
        ["cs.GL"] = "General Literature", ["cs.GR"] = "Graphics", ["cs.GT"] = "Computer Science and Game Theory",
        ["cs.HC"] = "Human-Computer Interaction", ["cs.IR"] = "Information Retrieval", ["cs.IT"] = "Information Theory",
        ["cs.LG"] = "Machine Learning", ["cs.LO"] = "Logic in Computer Science", ["cs.MA"] = "Multiagent Systems",
        ["cs.MM"] = "Multimedia", ["cs.MS"] = "Mathematical Software", ["cs.NA"] = "Numerical Analysis",
        ["cs.NE"] = "Neural and Evolutionary Computing", ["cs.NI"] = "Networking and Internet Architecture",
        ["cs.OH"] = "Other Computer Science", ["cs.OS"] = "Operating Systems", ["cs.PF"] = "Performance",
        ["cs.PL"] = "Programming Languages", ["cs.RO"] = "Robotics", ["cs.SC"] = "Symbolic Computation",
        ["cs.SD"] = "Sound", ["cs.SE"] = "Software Engineering", ["cs.SI"] = "Social and Information Networks",
        ["cs.SY"] = "Systems and Control",
        ["stat.ML"] = "Machine Learning (Statistics)", ["stat.ME"] = "Methodology", ["stat.TH"] = "Statistics Theory",
        ["stat.AP"] = "Applications", ["stat.CO"] = "Computation",
        ["math.OC"] = "Optimization and Control", ["math.NA"] = "Numerical Analysis", ["math.ST"] = "Statistics Theory",
        ["math.PR"] = "Probability", ["math.CO"] = "Combinatorics",
        ["eess.IV"] = "Image and Video Processing", ["eess.SP"] = "Signal Processing", ["eess.AS"] = "Audio and Speech Processing",
        ["eess.SY"] = "Systems and Control",
        ["q-bio.QM"] = "Quantitative Methods", ["q-bio.NC"] = "Neurons and Cognition", ["q-bio.BM"] = "Biomolecules",
        ["physics.comp-ph"] = "Computational Physics", ["quant-ph"] = "Quantum Physics",
    };

    /// <summary>The category's name ("Machine Learning" for cs.LG), or null when the text is not a known category.</summary>
    public static string? NameOf(string category) => Names.GetValueOrDefault(category.Trim());
}
