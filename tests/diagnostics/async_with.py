async def fetch(session):
    async with session as s:
        return await s.get()
