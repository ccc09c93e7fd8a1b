"""Offline copies in the window: File › Take an offline copy… and File › Bring back an offline copy…"""
