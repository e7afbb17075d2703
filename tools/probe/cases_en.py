HEAD = "Business news"
SUBJECTS = [("China's Sinohydro", "Sinohydro"), ("Turkish company Kalyon Enerji", "Kalyon Enerji"),
            ("Kazakh firm Samruk-Energy", "Samruk-Energy")]
VERBS = [("will build a", "announced"), ("plans to construct a", "announced"), ("is building a", "in_progress"),
         ("has started construction of a", "in_progress"), ("began building a", "in_progress"),
         ("launched construction of a", "in_progress"), ("completed construction of a", "completed"),
         ("commissioned a", "completed"), ("has put into operation a", "completed"), ("opened a", "completed"),
         ("suspended construction of a", "cancelled")]
OBJECTS = ["hydropower station", "solar park", "wind farm", "data center", "logistics hub", "dry port",
           "railway line", "highway", "bridge", "airport terminal", "oil refinery", "gas processing plant",
           "fertilizer plant", "copper smelter", "cement factory", "textile factory", "greenhouse complex",
           "hospital", "school", "university campus", "industrial park", "pipeline", "power line",
           "substation", "water treatment plant", "desalination plant", "tunnel", "metro line",
           "housing complex", "hotel", "car assembly plant", "battery factory", "processing plant",
           "warehouse complex", "grain terminal", "irrigation canal", "reservoir", "dam",
           "thermal power plant", "combined heat and power plant", "waste-to-energy plant", "glass factory",
           "steel mill", "aluminium smelter", "polymer plant", "pharmaceutical plant", "dairy plant",
           "meat processing plant", "poultry farm", "sugar refinery", "research centre", "technopark",
           "cargo terminal", "bus assembly plant", "wind power plant", "gas pipeline", "mining and processing plant",
           "sports complex", "kindergarten", "medical center"]


def cases():
    for subj, owner in SUBJECTS:
        for verb, stage in VERBS:
            for obj in OBJECTS:
                yield f"{subj} {verb} {obj} near Almaty, the ministry said.", owner, stage, (obj, verb)
