x = """abc
"""
