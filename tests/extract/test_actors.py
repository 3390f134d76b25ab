"""Tests of the actor dictionary, mention finding, acronym learning and coreference."""

from __future__ import annotations

from warscribe.extract.actors import ActorDictionary


def test_default_finds_named_and_generic():
    found = ActorDictionary.default().find("Malian soldiers clashed with JNIM militants", date="2018-05-02")
    assert [m.name for m in found] == ["Military Forces of Mali (2013-)", "JNIM: Group for Support of Islam and Muslims"]
