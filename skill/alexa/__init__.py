"""alexa"""
