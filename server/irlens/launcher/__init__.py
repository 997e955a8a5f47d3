"""irlens in a user's build: `irlens-cc COMPILER ARGS...`, a compiler launcher in ccache's style.

arguments.py decides which invocations qualify and derives the command lines, flow.py runs them,
cache.py keeps the results between builds, search.py is the slow path (front end, the engine's search,
code generation, the comparison), settings.py reads the environment and summary.py reads the build log
back. The fast paths (pass-through, cache hit) import the standard library only; the engine is imported
when a search may run.
"""
