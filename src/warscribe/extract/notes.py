"""warscribe's own one-sentence ``notes`` for an event, written from its fields.

>>> from warscribe.extract.event_roles import Roles
>>> from warscribe.extract.types import Typing
>>> t = Typing("Battles", "Armed clash", 0, 7, "clashed", 0.8)
>>> write_note(Roles("MNLA", 2, "Military Forces of Mali", 1), t, location="Kidal", fatalities=3)
'MNLA clashed with Military Forces of Mali in Kidal, killing 3.'
"""

from __future__ import annotations

from warscribe.extract.types import Typing

# sub-event type -> (verb with a target, verb alone)
_VERBS = {
    "Armed clash": ("clashed with", "fought"),
    "Government regains territory": ("regained territory from", "regained territory"),
    "Non-state actor overtakes territory": ("took territory from", "took territory"),
    "Air/drone strike": ("carried out an air strike on", "carried out an air strike"),
    "Suicide bomb": ("carried out a suicide bombing against", "carried out a suicide bombing"),
    "Shelling/artillery/missile attack": ("shelled", "fired shells"),
    "Remote explosive/landmine/IED": ("struck with an explosive device", "set off an explosive device"),
    "Grenade": ("threw a grenade at", "threw a grenade"),
    "Chemical weapon": ("used a chemical weapon against", "used a chemical weapon"),
    "Sexual violence": ("committed sexual violence against", "committed sexual violence"),
    "Attack": ("attacked", "attacked civilians"),
    "Abduction/forced disappearance": ("abducted", "abducted people"),
    "Peaceful protest": ("protested against", "protested"),
    "Protest with intervention": ("protested and were stopped by", "protested and were stopped"),
    "Excessive force against protesters": ("protested and met deadly force from", "protested and met force"),
    "Violent demonstration": ("rioted against", "rioted"),
    "Mob violence": ("attacked", "took part in mob violence"),
    "Agreement": ("reached an agreement with", "reached an agreement"),
    "Arrests": ("arrested", "made arrests"),
    "Change to group/activity": ("changed its activity towards", "changed its group or activity"),
    "Disrupted weapons use": ("seized or defused weapons of", "seized or defused weapons"),
    "Headquarters or base established": ("established a base against", "established a base"),
    "Looting/property destruction": ("looted or destroyed property of", "looted or destroyed property"),
    "Non-violent transfer of territory": ("took over territory from", "took over territory without fighting"),
    "Other": ("acted against", "took a strategic step"),
}


def write_note(roles, typing: Typing, *, location: str, near: bool = False, fatalities: int = 0) -> str:
    """One plain sentence: "<actor1> <verb> <actor2> in/near <location>, killing N."."""
    with_target, alone = _VERBS.get(typing.sub_event_type, ("acted against", "acted"))
    actor1 = roles.actor1 or "An unidentified actor"
    text = f"{actor1} {with_target} {roles.actor2}" if roles.actor2 else f"{actor1} {alone}"
    if location:
        text += f" {'near' if near else 'in'} {location}"
    if fatalities:
        text += f", killing {fatalities}"
    return text + "."
