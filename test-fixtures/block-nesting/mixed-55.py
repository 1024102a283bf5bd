async def g():
 async for x in y:
  try:
   pass
  finally:
   with x:
    try:
     pass
    finally:
     if a: return x
     try:
      pass
     finally:
      if a: return x
      if x:
       with x:
        while x:
         if x:
          try:
           try:
            pass
           except E as e:
            try:
             if a: break
             try:
              try:
               async for x in y:
                for x in y:
                 pass
                else:
                 with x:
                  try:
                   try:
                    match x:
                     case 1:
                      try:
                       break
                      except E:
                       pass
                   finally:
                    pass
                  finally:
                   pass
              finally:
               pass
             finally:
              pass
            finally:
             for x in y: pass
          finally:
           pass
