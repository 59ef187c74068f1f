"""Small helpers shared by the extraction tests."""

SYMMETRIC = {"met", "held_talks_with", "phoned", "signed_agreement_with"}


def has(found, s, p, o):
    """Whether `found` ({(subject, predicate, object): modality}) holds the triple, either way round if symmetric."""
    return (s, p, o) in found or (p in SYMMETRIC and (o, p, s) in found)
