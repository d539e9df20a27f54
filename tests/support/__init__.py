"""Helpers shared by the tests and the bench: fakes, fixtures data, real servers on loopback."""
