"""Canadian French (Québec): 911, "l'urgence", and Info-Santé 811 for same-day advice."""

from skill.core.speech import fr

BASE = fr  # the shared text this locale fills in and overrides

VALUES: dict[str, str] = {
    "emergency_number": '<say-as interpret-as="digits">911</say-as>',
    "emergency_number_text": "911",
    "emergency_place": "l'urgence",
    # Info-Santé 811 is Québec's; other provinces' 811 lines go by other names.
    # Many have no family doctor: the walk-in clinic ("clinique sans rendez-vous"), or Info-Santé 811.
    "urgent_action": (
        "contacter votre médecin aujourd'hui ou aller dans une clinique sans rendez-vous, ou appeler Info-Santé "
        'au <say-as interpret-as="digits">811</say-as>'
    ),
    "doctor": "un médecin",
    "tummy": "ventre",
    "pregnancy_contact": "médecin ou votre sage-femme",
}

TEXTS: dict[str, str] = {}
