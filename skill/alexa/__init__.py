"""The Alexa adapter. ask-sdk's service clients, which the skill never calls, stay unloaded
(``skill.alexa.lean_imports``): this runs before any module here imports ask-sdk-core."""

from skill.alexa import lean_imports

lean_imports.install()
