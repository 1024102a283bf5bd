async def g():
 async for x in y:
  async for x in y:
   async for x in y:
    async for x in y:
     async for x in y:
      async for x in y:
       async for x in y:
        async for x in y:
         async for x in y:
          async for x in y:
           async for x in y:
            async for x in y:
             async for x in y:
              async for x in y:
               async for x in y:
                async for x in y:
                 async for x in y:
                  async for x in y:
                   async for x in y:
                    async for x in y:
                     pass
