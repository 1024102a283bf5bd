async def g():
 async with x:
  async for x in y:
   for x in y:
    if x:
     try:
      for x in y:
       pass
      else:
       if x:
        try:
         pass
        except E as e:
         try:
          pass
         finally:
          if a: continue
          if x:
           try:
            if a: break
            match x:
             case 1:
              while x:
               try:
                pass
               finally:
                if a: return x
                return x
           finally:
            for x in y: pass
     finally:
      pass
