HEAD = "Business news"
SUBJECTS = [("Chinese contractor CRBC", "CRBC"), ("Uzbek producer Artel", "Artel"), ("Italy's Eni", "Eni"),
            ("Saudi developer ACWA Power", "ACWA Power")]
VERBS = [("will construct a", "announced"), ("is constructing a", "in_progress"), ("broke ground on a", "in_progress"),
         ("inaugurated a", "completed"), ("plans to set up a", "announced"), ("has finished building a", "completed"),
         ("froze construction of a", "cancelled"), ("started building a", "in_progress"), ("is set to open a", "announced"),
         ("commenced construction of a", "in_progress")]
OBJECTS = ["solar power station", "gas-fired power plant", "oil and gas chemical complex", "logistics terminal",
           "railway bridge", "ring road", "water pipeline", "wastewater treatment plant", "vaccine plant",
           "cotton-textile cluster", "agro-logistics center", "shopping mall", "stadium", "airport", "seaport",
           "container terminal", "hydroelectric dam", "trolleybus line", "green hydrogen plant",
           "battery storage facility", "engineering school", "hospital complex", "cardiology center", "IT park",
           "innovation center", "copper mine", "gold processing plant", "car plant", "cable factory", "bakery"]


def cases():
    for subj, owner in SUBJECTS:
        for verb, stage in VERBS:
            for obj in OBJECTS:
                yield f"{subj} {verb} {obj} in Samarkand, officials said.", owner, stage, (obj, verb)
