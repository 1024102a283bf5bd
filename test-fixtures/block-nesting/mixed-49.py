async def g():
 try:
  pass
 except E:
  async with x:
   async for x in y:
    try:
     pass
    except E as e:
     try:
      try:
       if a: return x
       try:
        try:
         if a: return 1
         try:
          try:
           pass
          finally:
           try:
            try:
             try:
              try:
               pass
              except E as e:
               try:
                if a: return 1
                try:
                 if a: return 1
                 if x:
                  try:
                   if a: return 1
                   with x:
                    pass
                  finally:
                   for x in y: pass
                finally:
                 for x in y: pass
               finally:
                for x in y: pass
             except E:
              pass
             finally:
              pass
            finally:
             pass
           except* E:
            pass
         finally:
          pass
        finally:
         for x in y: pass
       except E:
        pass
       finally:
        pass
      finally:
       for x in y: pass
     except E:
      pass
     finally:
      pass
