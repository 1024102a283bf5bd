async def g():
 for x in y:
  for x in y:
   async with x:
    try:
     if a: return x
     async for x in y:
      with x:
       try:
        if a: break
        for x in y:
         for x in y:
          pass
         else:
          try:
           if a: return 1
           async for x in y:
            for x in y:
             pass
            else:
             async for x in y:
              try:
               pass
              finally:
               if a: return x
               while x:
                for x in y:
                 try:
                  if x:
                   if x:
                    try:
                     try:
                      if a: return 1
                      try:
                       pass
                      except* E:
                       try:
                        if x:
                         pass
                       except E:
                        pass
                     finally:
                      for x in y: pass
                    except E:
                     pass
                 except E:
                  pass
          finally:
           for x in y: pass
       finally:
        for x in y: pass
    finally:
     for x in y: pass
