HEAD = "Regional news"
FIRMS = [("Turkish contractor Kalyon Insaat", "Kalyon Insaat"), ("China Road and Bridge Corporation", "China Road and Bridge Corporation")]
FORMS = [("A {noun} built by {firm} was commissioned in Turkestan region on Monday.", "completed"),
         ("Construction of a {noun} in Turkestan region is being carried out by {firm}.", "in_progress"),
         ("The {noun} in Turkestan region will be built by {firm}, the akimat said.", "announced"),
         ("{firm} has been selected as the general contractor for a new {noun} in Turkestan region.", "announced"),
         ("Work has started on a {noun} in Turkestan region. The project is being implemented by {firm}.", "in_progress"),
         ("A new {noun} opened in Turkestan region on Friday. It was built by {firm}.", "completed"),
         ("{firm} completed the {noun} in Turkestan region ahead of schedule.", "completed"),
         ("The {noun} in Turkestan region, which {firm} began building last year, is 40 percent complete.", "in_progress")]
NOUNS = ["brick factory", "solar power plant", "logistics center", "greenhouse complex", "school for 1,200 pupils",
         "bridge across the Syr Darya", "hospital", "cotton processing cluster"]


def cases():
    for firm, owner in FIRMS:
        for form, stage in FORMS:
            for noun in NOUNS:
                s = form.format(noun=noun, firm=firm)
                yield s[0].upper() + s[1:], owner, stage, (noun, form[:30])
